import type { BlobPutAnswer, BlobRefusal } from './blob-protocol';
import { BLOB_CHUNK_DEFAULT } from './blob-protocol';
import { TransportError } from './transport-error';

/**
 * File transfer in the sync round (docs/sync.md §2.11), sans-IO like the engine: the network and the local files
 * are injected. Before a push every queued upload is offered to the server — HEAD first (the server may have it
 * already, from any device), then chunks from the offset the server confirmed, so a resumed upload never sends a
 * confirmed byte again. Outbox entries that reference a file are held back by the store until it is confirmed.
 * After a pull the files that rows reference and this desktop lacks are fetched (open cases only; archived ones
 * on first open); the store checks the hash before a file becomes visible.
 */

/** What the server holds: a verified whole, or the offset a partial upload has reached (0 when none). */
export type BlobHead = { complete: true; size: number } | { complete: false; offset: number };

export interface BlobTransport {
  head(sha256: string): Promise<BlobHead>;
  /** One chunk at `start` of a file of `total` bytes. */
  put(sha256: string, start: number, bytes: Uint8Array, total: number): Promise<BlobPutAnswer | BlobRefusal>;
  /** The file's bytes as they arrive (to be verified by the receiver), or why the server will not send them. */
  get(sha256: string): Promise<AsyncIterable<Uint8Array> | BlobRefusal>;
}

export type QueuedUpload = { sha256: string; size: number };

export interface LocalBlobSide {
  /** Files to upload that the server has not confirmed, oldest first. */
  uploads(): QueuedUpload[];
  read(sha256: string, start: number, length: number): Uint8Array;
  /** The server confirmed this many bytes (progress, and what the sync screen shows). */
  progress(sha256: string, offset: number): void;
  /** The server holds the verified file: entries waiting for it may be pushed. */
  confirmed(sha256: string): void;
  /** Files referenced by rows of open cases that this desktop lacks. */
  downloads(): string[];
  /** Writes the bytes through a temporary file, hashing as they come; keeps them only if they match `sha256`. */
  receive(
    sha256: string,
    bytes: AsyncIterable<Uint8Array>,
  ): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Kept for the next round, with the reason (a download or an upload the server refused). */
  failed(sha256: string, direction: 'up' | 'down', reason: string): void;
}

export type BlobSync = { local: LocalBlobSide; transport: BlobTransport; chunkSize?: number };

export const isBlobRefusal = (x: unknown): x is BlobRefusal =>
  typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

/** Uploads every queued file it can; returns how many the server now holds. Throws TransportError when offline. */
export async function uploadBlobs(b: BlobSync): Promise<number> {
  let done = 0;
  for (const u of b.local.uploads()) if (await uploadOne(b, u)) done++;
  return done;
}

async function uploadOne(b: BlobSync, u: QueuedUpload): Promise<boolean> {
  const chunk = Math.max(1, b.chunkSize ?? BLOB_CHUNK_DEFAULT);
  const head = await b.transport.head(u.sha256);
  if (head.complete) {
    b.local.confirmed(u.sha256);
    return true;
  }
  if (u.size === 0) {
    b.local.failed(u.sha256, 'up', '文件为空，无需上传');
    return false;
  }
  let offset = head.offset;
  let refusedAt: number | null = null;
  for (;;) {
    if (offset >= u.size) throw new TransportError(`服务器确认的长度超出文件 ${u.sha256}`);
    const length = Math.min(chunk, u.size - offset);
    const r = await b.transport.put(u.sha256, offset, b.local.read(u.sha256, offset, length), u.size);
    if (isBlobRefusal(r)) {
      const at = r.error.offset;
      // Out of step with the server (another device sent the same file meanwhile): continue where it is, once.
      if (r.error.code === 'blob_offset_mismatch' && at !== undefined && at !== refusedAt) {
        refusedAt = at;
        offset = at;
        continue;
      }
      b.local.failed(u.sha256, 'up', r.error.message);
      return false;
    }
    refusedAt = null;
    if (r.complete) {
      b.local.confirmed(u.sha256);
      return true;
    }
    offset = r.offset;
    b.local.progress(u.sha256, offset);
  }
}

/** Fetches the files open cases need; a refused or damaged one is recorded and tried again next round. */
export async function downloadBlobs(b: BlobSync): Promise<number> {
  let done = 0;
  for (const sha of b.local.downloads()) if (await downloadBlob(b, sha)) done++;
  return done;
}

/** One file, now (also for a file of an archived case the user opens). */
export async function downloadBlob(b: BlobSync, sha256: string): Promise<boolean> {
  const body = await b.transport.get(sha256);
  if (isBlobRefusal(body)) {
    b.local.failed(sha256, 'down', body.error.message);
    return false;
  }
  let r: { ok: true } | { ok: false; reason: string };
  try {
    r = await b.local.receive(sha256, body);
  } catch (e) {
    b.local.failed(sha256, 'down', e instanceof Error ? e.message : String(e));
    if (e instanceof TransportError) throw e;
    return false;
  }
  if (!r.ok) b.local.failed(sha256, 'down', r.reason);
  return r.ok;
}
