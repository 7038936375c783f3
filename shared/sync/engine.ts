import {
  PROTOCOL_VERSION,
  type HelloRequest,
  type HelloResponse,
  type MutationOutcome,
  type PullPage,
  type PullQuery,
  type PushRequest,
  type PushResponse,
  type SnapshotPage,
  type SnapshotQuery,
  type SyncRefusal,
  type WireMutation,
} from './protocol';
import { downloadBlobs, uploadBlobs, type BlobSync } from './blob-sync';
import { TransportError } from './transport-error';

/**
 * The client half of sync, sans-IO (docs/sync.md §3.1): it decides what to send and what to do with each answer;
 * the transport (HTTP, or a simulated network in tests), the local store (SQLite) and time are injected. One
 * round = push every pending outbox entry, then pull every page, then verify the checkpoint. Nothing here drops
 * an outbox entry: a permanent rejection is recorded as the entry's outcome; a transient failure leaves it pending.
 */

export { TransportError };

export interface SyncTransport {
  hello(req: HelloRequest): Promise<HelloResponse | SyncRefusal>;
  push(req: PushRequest): Promise<PushResponse | SyncRefusal>;
  pull(q: PullQuery): Promise<PullPage | SyncRefusal>;
  snapshot(q: SnapshotQuery): Promise<SnapshotPage | SyncRefusal>;
}

/** The desktop's side: each method is one local transaction (or a read). */
export interface LocalSyncStore {
  clientId(): string;
  schemaVersion(): number;
  appVersion(): string;
  /** The pull cursor, stored with the rows it covers. */
  cursor(): number;
  /** The highest outbox id such that it and every earlier entry have a recorded outcome. */
  acknowledgedThrough(): number;
  /** Outbox entries not yet acknowledged, in id order, at most `limit`; entries waiting for an upload are held back. */
  pending(limit: number): WireMutation[];
  /** Records the server's outcome of each entry (idempotent: an entry already decided keeps its first outcome). */
  recordOutcomes(outcomes: readonly MutationOutcome[]): void;
  /** The server has fewer mutations than we thought (restored from a backup): send again from `id`. */
  resendFrom(id: number): void;
  /** Too old for the server: keep every pending entry as 'held' until the app is updated. */
  hold(on: boolean): void;
  /** One page in one transaction: rows, cursor, outcomes up to lastMutationId, and the rebase of pending entries. */
  applyPage(page: PullPage): void;
  /** The same checksum as the server's, over this client's confirmed rows of each office. */
  checksums(officeIds: readonly string[]): Record<string, number>;
  /**
   * Whether this checkpoint should be verified. Summing every confirmed row is a full scan, so a store may verify
   * only every so often (a round runs after each local write); absent means always.
   */
  checkpointDue?(): boolean;
  /** A targeted re-snapshot: `first` opens it, each page is applied, `finish` removes rows the server lacks. */
  applySnapshotPage(page: SnapshotPage, first: boolean): void;
  finishSnapshot(officeId: string, seq: number): void;
}

export type RoundResult = {
  pushed: number;
  rejected: number;
  pulledRows: number;
  resnapshots: string[];
  /** How the round ended when it could not finish. */
  stoppedBy: 'upgrade_required' | 'unauthenticated' | 'client_mismatch' | null;
};

const isRefusal = (x: unknown): x is SyncRefusal =>
  typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

const PUSH_BATCH = 100;
const PULL_LIMIT = 1000;

/**
 * One sync round; throws TransportError on a network failure (the caller backs off and retries). With `blobs`,
 * queued files go up before the push (entries referencing a file are held back by the store until the server
 * confirms it) and the files open cases need come down after the pull (blob-sync.ts).
 */
export async function syncRound(
  store: LocalSyncStore,
  transport: SyncTransport,
  blobs?: BlobSync,
): Promise<RoundResult> {
  const result: RoundResult = { pushed: 0, rejected: 0, pulledRows: 0, resnapshots: [], stoppedBy: null };
  const hello = await transport.hello({
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: store.schemaVersion(),
    appVersion: store.appVersion(),
    clientId: store.clientId(),
  });
  if (isRefusal(hello)) return stop(result, hello, store);
  const tooOld = store.schemaVersion() < hello.minSchema || store.schemaVersion() > hello.maxSchema;
  store.hold(tooOld);
  if (tooOld) return { ...result, stoppedBy: 'upgrade_required' };

  if (blobs !== undefined) await uploadBlobs(blobs);
  const pushed = await pushAll(store, transport, result);
  if (pushed.stoppedBy !== null) return pushed;
  const pulled = await pullAll(store, transport, pushed);
  if (blobs !== undefined && pulled.stoppedBy === null) await downloadBlobs(blobs);
  return pulled;
}

function stop(result: RoundResult, refusal: SyncRefusal, store: LocalSyncStore): RoundResult {
  const code = refusal.error.code;
  if (code === 'upgrade_required') {
    store.hold(true);
    return { ...result, stoppedBy: 'upgrade_required' };
  }
  if (code === 'unauthenticated') return { ...result, stoppedBy: 'unauthenticated' };
  return { ...result, stoppedBy: 'client_mismatch' };
}

async function pushAll(store: LocalSyncStore, t: SyncTransport, result: RoundResult): Promise<RoundResult> {
  let r = result;
  let lastExpected: number | null = null;
  for (;;) {
    const batch = store.pending(PUSH_BATCH);
    if (batch.length === 0) return r;
    const res = await t.push({
      protocolVersion: PROTOCOL_VERSION,
      clientId: store.clientId(),
      schemaVersion: store.schemaVersion(),
      mutations: batch,
    });
    if (isRefusal(res)) {
      if (res.error.code === 'out_of_order' && res.error.expectedNext !== undefined) {
        // Twice the same answer means resending did not help: stop rather than loop.
        if (lastExpected === res.error.expectedNext) throw new TransportError('服务器拒绝了同步顺序');
        lastExpected = res.error.expectedNext;
        store.resendFrom(res.error.expectedNext);
        continue;
      }
      return stop(r, res, store);
    }
    store.recordOutcomes(res.results);
    r = {
      ...r,
      pushed: r.pushed + res.results.length,
      rejected: r.rejected + res.results.filter((o) => o.outcome === 'rejected').length,
    };
    // The server answered fewer than sent only if it stopped early; the rest stays pending for the next round.
    if (res.results.length < batch.length) return r;
  }
}

async function pullAll(store: LocalSyncStore, t: SyncTransport, result: RoundResult): Promise<RoundResult> {
  let r = result;
  for (;;) {
    const page = await t.pull({
      clientId: store.clientId(),
      cursor: store.cursor(),
      limit: PULL_LIMIT,
      schemaVersion: store.schemaVersion(),
      outcomesAfter: store.acknowledgedThrough(),
    });
    if (isRefusal(page)) return stop(r, page, store);
    store.applyPage(page);
    r = { ...r, pulledRows: r.pulledRows + page.rows.length };
    if (page.more) continue;
    if (page.checkpoint === null || store.checkpointDue?.() === false) return r;
    const local = store.checksums(Object.keys(page.checkpoint.checksums));
    const differ = Object.entries(page.checkpoint.checksums)
      .filter(([office, sum]) => local[office] !== sum)
      .map(([office]) => office);
    for (const office of differ) {
      const stopped = await resnapshot(store, t, office);
      if (stopped !== null) return stop(r, stopped, store);
    }
    return { ...r, resnapshots: differ };
  }
}

/** Replaces one office's confirmed rows with the server's (outbox and cursor untouched). */
async function resnapshot(
  store: LocalSyncStore,
  t: SyncTransport,
  officeId: string,
): Promise<SyncRefusal | null> {
  let after: { entity: string; id: string } | null = null;
  let seq = 0;
  for (let first = true; ; first = false) {
    const page = await t.snapshot({
      clientId: store.clientId(),
      officeId,
      limit: PULL_LIMIT,
      ...(after === null ? {} : { afterEntity: after.entity, afterId: after.id }),
    });
    if (isRefusal(page)) return page;
    store.applySnapshotPage(page, first);
    seq = Math.max(seq, page.seq);
    const last = page.rows.at(-1);
    if (!page.more || last === undefined) break;
    after = { entity: last.entity, id: last.id };
  }
  store.finishSnapshot(officeId, seq);
  return null;
}
