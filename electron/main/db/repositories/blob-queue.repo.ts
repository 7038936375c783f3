import type { Db } from '../connection';

/**
 * File transfers to and from the sync server (sync §2.3 blob_queue, §2.11). One row per file:
 * direction 'up' — queued | uploading (uploaded_bytes = the offset the server confirmed) | done | failed;
 * direction 'down' — queued | done | failed. `done` always means the server holds the verified file, which is
 * what lets an outbox entry referencing it be pushed (sync-outbox.ts). Failed rows are tried again each round.
 */
export type QueuedBlob = { sha256: string; size: number; uploadedBytes: number };

export function createBlobQueueRepo(db: Db) {
  const enqueue = db.prepare(
    "INSERT OR IGNORE INTO blob_queue (sha256, size, state, direction) VALUES (?, ?, 'queued', 'up')",
  );
  const enqueueDown = db.prepare(
    "INSERT OR IGNORE INTO blob_queue (sha256, size, state, direction) VALUES (?, ?, 'queued', 'down')",
  );
  const uploads = db.prepare<[], QueuedBlob>(
    `SELECT sha256, size, uploaded_bytes AS uploadedBytes FROM blob_queue
     WHERE direction = 'up' AND state != 'done' ORDER BY rowid`,
  );
  const progress = db.prepare(
    "UPDATE blob_queue SET uploaded_bytes = ?, state = 'uploading' WHERE sha256 = ? AND state != 'done'",
  );
  const done = db.prepare(
    "UPDATE blob_queue SET state = 'done', uploaded_bytes = CASE direction WHEN 'up' THEN size ELSE uploaded_bytes END WHERE sha256 = ?",
  );
  const failed = db.prepare("UPDATE blob_queue SET state = 'failed' WHERE sha256 = ? AND state != 'done'");
  const toUpload = db.prepare(
    "UPDATE blob_queue SET direction = 'up', state = 'queued', size = ?, uploaded_bytes = 0 WHERE sha256 = ? AND state != 'done'",
  );
  const state = db.prepare<[string], { state: string; direction: string }>(
    'SELECT state, direction FROM blob_queue WHERE sha256 = ?',
  );
  // Files named by undecided outbox entries that no queue row tracks (written before the queue existed, or by
  // code that stored the file without queueing it): the uploader queues them so the entries are not stuck.
  const untracked = db.prepare<[], { sha256: string }>(
    `SELECT DISTINCT j.value AS sha256 FROM outbox o, json_each(o.blob_deps) j
     WHERE o.outcome IS NULL AND o.blob_deps IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM blob_queue q WHERE q.sha256 = j.value)`,
  );
  // Downloads for cases still open: an archived case's files come down when someone opens them.
  const OPEN = "c.deleted_at IS NULL AND c.status != 'archived' AND c.archived_date IS NULL";
  const wanted = db.prepare<[], { sha256: string }>(
    `SELECT q.sha256 FROM blob_queue q
     WHERE q.direction = 'down' AND q.state != 'done' AND (
       EXISTS (SELECT 1 FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.blob_sha256 = q.sha256 AND ${OPEN})
       OR EXISTS (SELECT 1 FROM events e JOIN cases c ON c.id = e.case_id
                  WHERE json_extract(e.payload, '$.evidenceFile.sha256') = q.sha256 AND ${OPEN}))
     ORDER BY q.rowid`,
  );
  const open = db.prepare<[], { waiting: number; failed: number }>(
    `SELECT count(*) AS waiting, coalesce(sum(state = 'failed'), 0) AS failed FROM blob_queue WHERE state != 'done'`,
  );
  const lastFailure = db.prepare<[], { value: string }>(
    `SELECT m.value FROM blob_queue q JOIN sync_meta m ON m.key = 'sync.blob_error.' || q.sha256
     WHERE q.state = 'failed' ORDER BY q.rowid DESC LIMIT 1`,
  );
  return {
    /** Files still to transfer and how many failed last time, with the newest failure's stored JSON. */
    openTransfers: (): { waiting: number; failed: number; lastFailure: string | null } => {
      const n = open.get() ?? { waiting: 0, failed: 0 };
      return { waiting: n.waiting, failed: n.failed, lastFailure: lastFailure.get()?.value ?? null };
    },
    enqueueUpload: (sha256: string, size: number): void => void enqueue.run(sha256, size),
    /** A pulled row references a file; the downloader fetches it unless this desktop has it (size may be 0: unknown). */
    enqueueDownload: (sha256: string, size: number): void => void enqueueDown.run(sha256, size),
    uploads: (): QueuedBlob[] => uploads.all(),
    setProgress: (sha256: string, offset: number): void => void progress.run(offset, sha256),
    markDone: (sha256: string): void => void done.run(sha256),
    markFailed: (sha256: string): void => void failed.run(sha256),
    /** A file queued for download turned out to be here already: offer it to the server instead (HEAD decides). */
    switchToUpload: (sha256: string, size: number): void => void toUpload.run(size, sha256),
    get: (sha256: string): { state: string; direction: string } | null => state.get(sha256) ?? null,
    untrackedDeps: (): string[] => untracked.all().map((r) => r.sha256),
    wantedDownloads: (): string[] => wanted.all().map((r) => r.sha256),
  };
}
export type BlobQueueRepo = ReturnType<typeof createBlobQueueRepo>;
