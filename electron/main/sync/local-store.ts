import type { LocalSyncStore } from '../../../shared/sync/engine';
import type { PullPage, PulledRow, SnapshotPage } from '../../../shared/sync/protocol';
import type { RowChange } from '../../../shared/sync/changes';
import { blobRefsOf } from '../../../shared/sync/blob-refs';
import { ENTITY_SPECS } from '../../../shared/sync/entities';
import type { Db } from '../db/connection';
import { returnFreePages } from '../db/free-pages';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Logger } from '../logger';

export type LocalStoreDeps = {
  db: Db;
  repos: Repos;
  mutations: Pick<MutationRunner, 'applyOnly'>;
  refreshDerived: (caseIds: readonly string[]) => void;
  appVersion: string;
  log?: Logger;
  /** For the checkpoint interval (CHECKPOINT_EVERY_MS); defaults to Date.now. */
  now?: () => number;
  /** After a page that brought settings (reference data: calendar years, deadline rules…) has committed. */
  onSettingsPulled?: (keys: readonly string[]) => void;
  /**
   * Writes a backup of the database (VACUUM INTO, outside any transaction) and returns its file. Taken before a
   * pull page that would remove many rows this desktop holds, and before a re-snapshot removes what the server no
   * longer has (issue 12 item 4): a wrong tombstone or scope from the server never costs local data for good.
   */
  backup?: (label: string) => string;
};

/** A page that tombstones at least this many rows this desktop holds live is preceded by a backup. */
export const MASS_REMOVAL_ROWS = 20;

const CURSOR = 'sync.cursor';
const VERIFIED_AT = 'sync.checkpoint_verified_at';
/** How often the confirmed rows are summed against the server's checkpoint (a full scan of the synced tables). */
export const CHECKPOINT_EVERY_MS = 10 * 60_000;
const CONTAINED = 'sync.contained_through';

/**
 * The desktop's side of the sync engine over its SQLite database (issue 11 item 4). A pull page is applied in
 * ONE transaction: local rows go back to their server-confirmed images, the server's rows are written (a row
 * this desktop already holds at that version or newer is skipped), outcomes are recorded, the pending outbox
 * entries the page does not already contain are re-applied on top (applyOnly: no second outbox row) and their
 * changes refreshed, and the cursor is stored — so a crash leaves either the old state or the new, never a mix.
 */
export function createLocalSyncStore(deps: LocalStoreDeps): LocalSyncStore {
  const { db, repos } = deps;
  const metaNumber = (key: string): number => Number(repos.meta.get(key) ?? '0');
  const schema = (): number => db.pragma('user_version', { simple: true }) as number;
  let snapshotKeys = new Set<string>();

  let settingsPulled: string[] = [];
  /** `exact`: a re-snapshot replaces any other version; a pull only moves rows forward. */
  function writeRows(rows: readonly Omit<PulledRow, 'seq'>[], touched: Set<string>, exact = false): void {
    for (const r of rows) {
      if (r.data === null) continue;
      const local = repos.rebase.rowSeq(r.entity, r.id);
      if (local !== null && (exact ? local === r.rowSeq : local >= r.rowSeq)) continue;
      if (r.entity === 'setting') settingsPulled.push(r.id);
      repos.rowWriter.writePulledRow(r.entity, r.data as never, {
        rowSeq: r.rowSeq,
        fieldSeqs: r.fieldSeqs,
        deleted: r.deleted,
      });
      // The file a pulled row references comes down after the pull (blob-sync.ts; archived cases' on open).
      for (const sha of blobRefsOf(r.entity, r.data)) repos.blobQueue.enqueueDownload(sha, 0);
      const caseId = r.entity === 'case' ? r.id : ENTITY_SPECS[r.entity].caseScoped ? r.data['caseId'] : null;
      if (typeof caseId === 'string') touched.add(caseId);
    }
  }

  function reapplyPending(touched: Set<string>): void {
    for (const e of repos.syncOutbox.reapplicable(metaNumber(CONTAINED))) {
      const r = deps.mutations.applyOnly(e);
      if (!r.ok) {
        // Kept, never dropped: the server decides it when pushed; the user sees why it no longer applies here.
        repos.syncOutbox.markFailed(e.mutationId, r.error.message);
        deps.log?.info('sync.rebase.reapply_failed', { mutationId: e.mutationId, code: r.error.code });
        continue;
      }
      repos.outbox.setChanges(e.mutationId, r.value);
      for (const c of r.value) caseOf(c, touched);
    }
  }

  function backupFirst(label: string): void {
    if (deps.backup === undefined) return;
    const file = deps.backup(label);
    deps.log?.info('sync.backup', { label, file });
  }

  function afterCommit(): void {
    const keys = settingsPulled;
    settingsPulled = [];
    if (keys.length > 0) deps.onSettingsPulled?.(keys);
    // Compaction and the rebase's released shadow free pages; the file gives them back a few MB at a time. The
    // page is already committed, so a failure here is only logged.
    try {
      returnFreePages(db);
    } catch (e) {
      deps.log?.error(e, { where: 'sync.returnFreePages' });
    }
  }

  return {
    clientId: () => repos.meta.get('client_id') ?? '',
    schemaVersion: schema,
    appVersion: () => deps.appVersion,
    cursor: () => metaNumber(CURSOR),
    acknowledgedThrough: () => repos.syncOutbox.acknowledgedThrough(),
    pending: (limit) => repos.syncOutbox.pending(limit),
    recordOutcomes: (outcomes) =>
      db.transaction(() => {
        for (const o of outcomes) repos.syncOutbox.recordOutcome(o);
      })(),
    resendFrom: (id) => repos.syncOutbox.resendFrom(id),
    hold: (on) => repos.syncOutbox.hold(on),
    applyPage(page: PullPage): void {
      const removing = page.rows.filter(
        (r) => r.data !== null && r.deleted !== null && repos.rowReader.get(r.entity, r.id) !== null,
      ).length;
      if (removing >= MASS_REMOVAL_ROWS) backupFirst(`before-pull-removing-${removing}`);
      db.transaction(() => {
        const touched = new Set<string>();
        // A page is one or more whole server transactions; rows inside one may point at each other in any
        // order (a transfer links both cases), so references are checked at the commit.
        repos.rebase.deferReferences();
        const rebasing = repos.rebase.hasShadow();
        if (rebasing) repos.rebase.restoreConfirmed();
        writeRows(page.rows, touched);
        for (const o of page.outcomes) repos.syncOutbox.recordOutcome(o);
        const contained = Math.max(metaNumber(CONTAINED), page.lastMutationId);
        repos.meta.set(CONTAINED, String(contained));
        repos.syncOutbox.compactThrough(contained);
        if (rebasing) {
          reapplyPending(touched);
          repos.rebase.dropOrphans();
        }
        repos.meta.set(CURSOR, String(page.cursor));
        if (touched.size > 0) deps.refreshDerived([...touched]);
      })();
      afterCommit();
    },
    checksums: (officeIds) => repos.rebase.checksums(officeIds),
    checkpointDue(): boolean {
      const now = (deps.now ?? Date.now)();
      const last = Number(repos.meta.get(VERIFIED_AT) ?? '0');
      if (last !== 0 && now - last < CHECKPOINT_EVERY_MS && now >= last) return false;
      repos.meta.set(VERIFIED_AT, String(now));
      return true;
    },
    applySnapshotPage(page: SnapshotPage, first: boolean): void {
      if (first) snapshotKeys = new Set();
      db.transaction(() => {
        const touched = new Set<string>();
        repos.rebase.deferReferences();
        const rebasing = repos.rebase.hasShadow();
        if (rebasing) repos.rebase.restoreConfirmed();
        writeRows(page.rows, touched, true);
        for (const r of page.rows) snapshotKeys.add(`${r.entity}:${r.id}`);
        if (rebasing) {
          reapplyPending(touched);
          repos.rebase.dropOrphans();
        }
        if (touched.size > 0) deps.refreshDerived([...touched]);
      })();
      afterCommit();
    },
    finishSnapshot(officeId: string, seq: number): void {
      backupFirst(`before-resnapshot-${seq}`);
      const keep = snapshotKeys;
      snapshotKeys = new Set();
      const touched = new Set<string>();
      const result = db.transaction(() => {
        repos.rebase.deferReferences();
        const r = repos.rebase.dropConfirmedExcept(officeId, keep);
        for (const key of r.removed) if (key.startsWith('case:')) touched.add(key.slice(5));
        repos.rebase.dropOrphans();
        if (touched.size > 0) deps.refreshDerived([...touched]);
        return r;
      })();
      deps.log?.info('sync.resnapshot.done', {
        officeId,
        seq,
        removed: result.removed.length,
        eventsKept: result.kept.length,
      });
    },
  };
}

function caseOf(c: RowChange, into: Set<string>): void {
  const id = c.entity === 'case' ? c.id : ENTITY_SPECS[c.entity].caseScoped ? c.row?.['caseId'] : null;
  if (typeof id === 'string') into.add(id);
}
