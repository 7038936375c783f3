import { createHash } from 'node:crypto';
import type { Queryable, ServerDb } from '../db/types';

/** What the server holds of one blob: nothing, a partial upload up to `received`, or a verified whole. */
export type BlobStatus =
  | { state: 'absent' }
  | { state: 'partial'; size: number; received: number }
  | { state: 'complete'; size: number };

/** The answer to one chunk (`offset` is the confirmed offset afterwards). */
export type ChunkResult =
  | { kind: 'stored'; offset: number; complete: boolean }
  /** Already confirmed (a resend after a lost answer): acknowledged, nothing rewritten. */
  | { kind: 'already'; offset: number; complete: boolean }
  | { kind: 'wrong_offset'; offset: number }
  | { kind: 'wrong_size'; size: number; offset: number }
  /** The last byte arrived but the bytes do not hash to the name: everything received was discarded. */
  | { kind: 'hash_mismatch'; actualSha256: string; offset: 0 };

export type Chunk = { sha256: string; start: number; bytes: Buffer; total: number };

type BlobRow = { size: number; complete: boolean; received: number };

export async function blobStatus(q: Queryable, sha256: string): Promise<BlobStatus> {
  const r = await q.query<BlobRow>('SELECT size, complete, received FROM blobs WHERE sha256 = $1', [sha256]);
  const b = r.rows[0];
  if (!b) return { state: 'absent' };
  return b.complete
    ? { state: 'complete', size: Number(b.size) }
    : { state: 'partial', size: Number(b.size), received: Number(b.received) };
}

/**
 * Appends one chunk of a content-addressed upload (sync §2.11). The blob's row is locked for the transaction, so
 * two devices sending the same file take turns. A chunk must start at the confirmed offset; one that lies wholly
 * below it was confirmed before and is acknowledged without being written again. When the last byte arrives the
 * bytes are hashed chunk by chunk and the blob becomes complete only if they match its name and its size; if not,
 * the partial data is dropped so the next upload starts clean rather than appending to bytes that can never verify.
 */
export async function appendChunk(db: ServerDb, c: Chunk): Promise<ChunkResult> {
  return db.tx(async (q) => {
    await q.query(
      'INSERT INTO blobs (sha256, size, complete, received) VALUES ($1, $2, false, 0) ON CONFLICT (sha256) DO NOTHING',
      [c.sha256, c.total],
    );
    const r = await q.query<BlobRow>(
      'SELECT size, complete, received FROM blobs WHERE sha256 = $1 FOR UPDATE',
      [c.sha256],
    );
    const row = r.rows[0];
    if (!row) throw new Error(`blob ${c.sha256} vanished under its lock`);
    const size = Number(row.size);
    const received = Number(row.received);
    const end = c.start + c.bytes.length;
    if (row.complete) return { kind: 'already', offset: size, complete: true };
    if (size !== c.total) {
      // A partial upload that nobody confirmed any byte of may be restarted with another declared size.
      if (received > 0) return { kind: 'wrong_size', size, offset: received };
      await q.query('UPDATE blobs SET size = $2 WHERE sha256 = $1', [c.sha256, c.total]);
    }
    if (end <= received && c.bytes.length > 0) return { kind: 'already', offset: received, complete: false };
    if (c.start !== received) return { kind: 'wrong_offset', offset: received };
    await q.query('INSERT INTO blob_chunks (sha256, start, data) VALUES ($1, $2, $3)', [
      c.sha256,
      c.start,
      c.bytes,
    ]);
    await q.query('UPDATE blobs SET received = $2 WHERE sha256 = $1', [c.sha256, end]);
    if (end < c.total) return { kind: 'stored', offset: end, complete: false };
    return finish(q, c.sha256, c.total);
  });
}

async function finish(q: Queryable, sha256: string, size: number): Promise<ChunkResult> {
  const hash = createHash('sha256');
  let length = 0;
  for await (const part of readChunks(q, sha256)) {
    hash.update(part);
    length += part.length;
  }
  const actual = hash.digest('hex');
  if (actual !== sha256 || length !== size) {
    await q.query('DELETE FROM blob_chunks WHERE sha256 = $1', [sha256]);
    await q.query('UPDATE blobs SET received = 0 WHERE sha256 = $1', [sha256]);
    return { kind: 'hash_mismatch', actualSha256: actual, offset: 0 };
  }
  await q.query('UPDATE blobs SET complete = true, verified_at = now() WHERE sha256 = $1', [sha256]);
  return { kind: 'stored', offset: size, complete: true };
}

/** The blob's bytes in order, one stored chunk per query: a 50 MB file is never one buffer here. */
export async function* readChunks(q: Queryable, sha256: string): AsyncGenerator<Buffer> {
  const starts = await q.query<{ start: number }>(
    'SELECT start FROM blob_chunks WHERE sha256 = $1 ORDER BY start',
    [sha256],
  );
  for (const { start } of starts.rows) {
    const r = await q.query<{ data: Uint8Array }>(
      'SELECT data FROM blob_chunks WHERE sha256 = $1 AND start = $2',
      [sha256, start],
    );
    const data = r.rows[0]?.data;
    if (data === undefined) throw new Error(`chunk ${start} of blob ${sha256} vanished`);
    yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
}
