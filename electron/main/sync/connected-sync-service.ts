import type { SyncStatus } from '../../../shared/contracts/sync.schema';
import { err, ok, type Result } from '../../../shared/result';
import { downloadBlob, type BlobSync } from '../../../shared/sync/blob-sync';
import { syncRound } from '../../../shared/sync/engine';
import type { BlobStore } from '../blobs/blob-store';
import { createSyncLoop, type SyncLoop } from '../../../shared/sync/sync-loop';
import type { Db } from '../db/connection';
import type { Repos } from '../db/repositories';
import type { Logger } from '../logger';
import type { MutationRunner } from '../mutations/run-mutation';
import { openChangeStream, type ChangeStream } from './change-stream';
import { deriveSyncStatus, fileStatus } from './derive-status';
import { clearEnrolment, readEnrolment, requestToken, writeEnrolment } from './enrolment';
import { createHttpBlobTransport } from './http-blob-transport';
import { createHttpTransport } from './http-transport';
import { createLocalBlobSide } from './local-blob-side';
import { createLocalSyncStore } from './local-store';
import { toRejectedMutation } from './rejected-list';
import { refuseLeave, refuseUnlessAdmin, type SyncService } from './sync-service';

export type ConnectedSyncDeps = {
  db: Db;
  repos: Repos;
  mutations: Pick<MutationRunner, 'applyOnly'>;
  refreshDerived: (caseIds: readonly string[]) => void;
  now: () => number;
  appVersion: string;
  log?: Logger;
  intervalMs?: number;
  fetch?: typeof fetch;
  onSettingsPulled?: (keys: readonly string[]) => void;
  /** A backup before pulls that remove many rows (local-store.ts `backup`). */
  backup?: (label: string) => string;
  /** The content-addressed files: with it, rounds upload and download evidence files (sync §2.11). */
  blobs?: BlobStore;
  /** Bytes per upload chunk (default 1 MiB; tests use a few bytes). */
  blobChunkSize?: number;
};

export type EnrolFreshArgs = { serverUrl: string; username: string; password: string };

export type ConnectedSyncService = SyncService & {
  /** First start: bind a fresh desktop to a server and bring its data down (no local account exists yet). */
  enrolFresh(args: EnrolFreshArgs): Promise<Result<SyncStatus>>;
  /** A local write was committed: sync soon. */
  poke(): void;
  /**
   * Fetches one file now (an archived case's file on first open); true when it is then in the local store.
   * False when not enrolled, offline, refused or damaged (the failure is recorded and retried with the rounds).
   */
  fetchBlob(sha256: string): Promise<boolean>;
  close(): void;
};

/**
 * The desktop's sync (issue 11 item 10): when enrolled, a background loop (interval, backoff with jitter, pokes
 * after local writes and from the server's change stream) runs rounds of the sans-IO engine over this database
 * and HTTP; when not, the desktop is standalone and the status says so. Enrolment stores only the device token.
 */
export function createConnectedSyncService(deps: ConnectedSyncDeps): ConnectedSyncService {
  const { repos } = deps;
  const listeners = new Set<(s: SyncStatus) => void>();
  const store = createLocalSyncStore({
    db: deps.db,
    repos,
    mutations: deps.mutations,
    refreshDerived: deps.refreshDerived,
    appVersion: deps.appVersion,
    now: deps.now,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.onSettingsPulled ? { onSettingsPulled: deps.onSettingsPulled } : {}),
    ...(deps.backup ? { backup: deps.backup } : {}),
  });
  let loop: SyncLoop | null = null;
  let stream: ChangeStream | null = null;
  let blobSync: BlobSync | null = null;

  const status = (): SyncStatus => {
    const e = readEnrolment(repos);
    const seq = repos.settings.referenceSeq();
    return deriveSyncStatus({
      enrolment:
        e === null
          ? null
          : { serverUrl: e.serverUrl, officeName: repos.offices.get(e.officeId)?.name ?? null },
      loop: loop?.status() ?? {
        state: 'idle',
        lastSyncAt: null,
        lastError: null,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        lastRound: null,
      },
      counts: repos.outbox.countByState(),
      referenceVersion: e === null || seq === null ? null : `#${seq}`,
      files: fileStatus(repos.blobQueue.openTransfers()),
    });
  };
  const emit = () => {
    const s = status();
    for (const l of listeners) l(s);
  };

  function start(): void {
    const e = readEnrolment(repos);
    if (e === null || loop !== null) return;
    const transport = createHttpTransport({
      baseUrl: e.serverUrl,
      token: () => readEnrolment(repos)?.token ?? null,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    blobSync =
      deps.blobs === undefined
        ? null
        : {
            local: createLocalBlobSide({ repos, blobs: deps.blobs, ...(deps.log ? { log: deps.log } : {}) }),
            transport: createHttpBlobTransport({
              baseUrl: e.serverUrl,
              token: () => readEnrolment(repos)?.token ?? null,
              ...(deps.fetch ? { fetch: deps.fetch } : {}),
            }),
            ...(deps.blobChunkSize !== undefined ? { chunkSize: deps.blobChunkSize } : {}),
          };
    const blobs = blobSync ?? undefined;
    loop = createSyncLoop({
      round: () => syncRound(store, transport, blobs),
      now: deps.now,
      random: Math.random,
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      },
      onStatus: emit,
      ...(deps.intervalMs !== undefined ? { intervalMs: deps.intervalMs } : {}),
    });
    loop.start();
    stream = openChangeStream({
      url: e.serverUrl,
      token: () => readEnrolment(repos)?.token ?? null,
      onChange: () => loop?.poke(),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
  }
  function stop(): void {
    loop?.stop();
    stream?.stop();
    loop = null;
    stream = null;
    blobSync = null;
  }

  async function bind(args: {
    serverUrl: string;
    username: string;
    password: string;
  }): Promise<Result<SyncStatus>> {
    const current = readEnrolment(repos);
    if (current !== null && current.serverUrl !== args.serverUrl)
      return err('CONFLICT', `本机已接入中心服务器 ${current.serverUrl}，请先退出再接入其他服务器`);
    const token = await requestToken(
      args.serverUrl,
      {
        clientId: repos.meta.get('client_id') ?? '',
        username: args.username,
        password: args.password,
        deviceName: 'desktop',
      },
      deps.fetch,
    );
    if (!token.ok) return token;
    writeEnrolment(repos, { serverUrl: args.serverUrl, ...token.value });
    stop();
    start();
    await loop?.runNow();
    emit();
    return ok(status());
  }

  start();
  return {
    status,
    syncNow: async () => {
      if (loop !== null) await loop.runNow();
      return status();
    },
    async enrol(args, actor) {
      // Renewing the binding after the token expired is for whoever signs in again; binding a desktop is the admin's.
      if (readEnrolment(repos) === null) {
        const refused = refuseUnlessAdmin(actor, '接入');
        if (refused) return refused;
        return err(
          'CONFLICT',
          '本机已在单机模式下建立了数据，不能并入中心服务器；请在新安装的电脑上首次启动时选择“连接中心服务器”',
        );
      }
      return bind(args);
    },
    enrolFresh: async (args) => {
      if (repos.staff.count() > 0)
        return err('CONFLICT', '本机已经初始化，请登录后在“同步设置”中管理中心服务器连接');
      return bind(args);
    },
    leave: (args, actor) => {
      const refused = refuseUnlessAdmin(actor, '退出') ?? refuseLeave(status(), args);
      if (refused) return Promise.resolve(refused);
      stop();
      clearEnrolment(repos);
      emit();
      return Promise.resolve(ok(status()));
    },
    rejected: () => repos.outbox.rejected().map(toRejectedMutation),
    onChange: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    poke: () => loop?.poke(),
    async fetchBlob(sha256) {
      if (blobSync === null) return false;
      try {
        return await downloadBlob(blobSync, sha256);
      } catch (e) {
        deps.log?.info('sync.blob.fetch_failed', {
          sha256,
          error: e instanceof Error ? e.message : String(e),
        });
        return false;
      }
    },
    close: stop,
  };
}
