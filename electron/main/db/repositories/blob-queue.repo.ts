import type { Db } from '../connection';

/** Blobs waiting to be uploaded to the sync server (sync §2.3 blob_queue). */
export function createBlobQueueRepo(db: Db) {
  const enqueue = db.prepare(
    "INSERT OR IGNORE INTO blob_queue (sha256, size, state, direction) VALUES (?, ?, 'queued', 'up')",
  );
  return { enqueueUpload: (sha256: string, size: number): void => void enqueue.run(sha256, size) };
}
