import type { CaseRow } from '../db/repositories/case.repo';
import type { ProjectedDeadline } from '../db/repositories/deadline.repo';

/** What a recompute's worker thread is started with (workerData): how to open the database, and nothing else. */
export type DeadlineWorkerData = {
  file: string;
  /** The database key as hex (a Buffer arrives in a worker as a plain Uint8Array); null for a plain file. */
  keyHex: string | null;
  nativeBinding: string | null;
  /** Set to 1 by the worker once its connection is closed (the app waits for it before closing the file). */
  released: Int32Array;
};

/**
 * From the app's thread: one chunk of open cases to compute and compare, as of `today`, for recompute `run`,
 * with each case's kind (`kinds[i]` of `ids[i]`, read by the app's thread with the open cases); or `close`:
 * let go of the file and end.
 */
export type DeadlineWorkerRequest = DeadlineChunkRequest | 'close';
export type DeadlineChunkRequest = { run: number; today: string; ids: string[]; kinds: CaseRow['kind'][] };

/**
 * From a worker: `ready` once its connection is open; per chunk, the cases whose stored projection differs
 * from the computed one (normally none), with what they should be; or why the chunk failed.
 */
export type DeadlineWorkerReply =
  | { type: 'ready' }
  | { type: 'chunk'; run: number; stale: [string, ProjectedDeadline[]][] }
  | { type: 'failed'; run: number; message: string };
