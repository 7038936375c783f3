import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ServerDb } from '../../server/db/types';
import type { ModelBlobs } from './model-blobs';
import { sha256Of } from './model-blobs';

/**
 * The file invariants of the sync model (issue 12 acceptance): no file is visible before its hash is verified —
 * on the server a complete blob's stored bytes hash to its name and have its size, and a desktop keeps only files
 * whose bytes hash to their name; a resumed upload never stored a byte twice; a desktop counts an upload done
 * only when the server holds the verified whole.
 */
export async function blobInvariants(
  db: ServerDb,
  shas: ReadonlySet<string>,
  desktops: readonly ModelBlobs[],
) {
  const list = [...shas];
  if (list.length === 0) return;
  const rows = await db.query<{
    sha256: string;
    size: string;
    complete: boolean;
    received: string;
    stored: string;
  }>(
    `SELECT b.sha256, b.size, b.complete, b.received,
            coalesce((SELECT sum(octet_length(c.data)) FROM blob_chunks c WHERE c.sha256 = b.sha256), 0) AS stored
       FROM blobs b WHERE b.sha256 = ANY($1::text[])`,
    [list],
  );
  const complete = new Set<string>();
  for (const r of rows.rows) {
    expect(Number(r.stored), `${r.sha256}: bytes stored = bytes confirmed`).toBe(Number(r.received));
    if (!r.complete) continue;
    complete.add(r.sha256);
    const chunks = await db.query<{ data: Uint8Array }>(
      'SELECT data FROM blob_chunks WHERE sha256 = $1 ORDER BY start',
      [r.sha256],
    );
    const hash = createHash('sha256');
    let size = 0;
    for (const c of chunks.rows) {
      hash.update(c.data);
      size += c.data.byteLength;
    }
    expect(hash.digest('hex'), `complete blob ${r.sha256} verifies`).toBe(r.sha256);
    expect(size).toBe(Number(r.size));
  }
  for (const d of desktops) {
    for (const [sha, bytes] of d.files) expect(sha256Of(bytes), 'a kept file hashes to its name').toBe(sha);
    for (const [sha, q] of d.queue) if (q.state === 'done') expect(complete.has(sha)).toBe(true);
  }
}

/** At quiescence (no faults left): every upload confirmed and every wanted file held. */
export function blobsSettled(desktops: readonly ModelBlobs[]) {
  for (const d of desktops) {
    expect([...d.queue.values()].every((q) => q.state === 'done')).toBe(true);
    expect(d.downloads()).toEqual([]);
  }
}
