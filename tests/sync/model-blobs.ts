import { createHash } from 'node:crypto';
import { TransportError } from '../../shared/sync/engine';
import type { BlobPutAnswer, BlobRefusal } from '../../shared/sync/blob-protocol';
import type { BlobHead, BlobTransport, LocalBlobSide, QueuedUpload } from '../../shared/sync/blob-sync';
import type { ServerDb } from '../../server/db/types';
import { appendChunk, blobStatus, readChunks, type ChunkResult } from '../../server/blobs/blob-storage';
import type { Fault } from './in-process-transport';

/** A fault on a file transfer: the network's (as for sync calls) or a byte flipped in flight. */
export type BlobFault = Fault | 'corrupt';

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A model desktop's files (issue 12 item 2): the verified store, the upload queue and the files it wants. A file
 * enters the store only through `receive`, which hashes what arrived — the invariant under test is that nothing
 * unverified is ever kept, however the bytes were damaged on the way.
 */
export class ModelBlobs implements LocalBlobSide {
  files = new Map<string, Uint8Array>();
  queue = new Map<string, { size: number; state: 'queued' | 'done' | 'failed'; offset: number }>();
  wanted = new Set<string>();

  /** A file attached on this desktop: stored locally (it was hashed on import) and queued for upload. */
  attach(bytes: Uint8Array): string {
    const sha = sha256Of(bytes);
    this.files.set(sha, bytes);
    if (!this.queue.has(sha)) this.queue.set(sha, { size: bytes.length, state: 'queued', offset: 0 });
    return sha;
  }

  uploads(): QueuedUpload[] {
    return [...this.queue]
      .filter(([, q]) => q.state !== 'done')
      .map(([sha256, q]) => ({ sha256, size: q.size }));
  }
  read(sha256: string, start: number, length: number): Uint8Array {
    const f = this.files.get(sha256);
    if (!f) throw new Error(`no local file ${sha256}`);
    return f.subarray(start, start + length);
  }
  progress(sha256: string, offset: number): void {
    const q = this.queue.get(sha256);
    if (q) q.offset = offset;
  }
  confirmed(sha256: string): void {
    const q = this.queue.get(sha256);
    if (q) q.state = 'done';
  }
  downloads(): string[] {
    return [...this.wanted].filter((s) => !this.files.has(s));
  }
  async receive(sha256: string, bytes: AsyncIterable<Uint8Array>) {
    const parts: Uint8Array[] = [];
    for await (const p of bytes) parts.push(p);
    const all = Buffer.concat(parts);
    if (sha256Of(all) !== sha256) return { ok: false as const, reason: '文件校验失败' };
    this.files.set(sha256, all);
    return { ok: true as const };
  }
  failed(sha256: string, direction: 'up' | 'down'): void {
    const q = this.queue.get(sha256);
    if (direction === 'up' && q) q.state = 'failed';
  }

  restarted(): ModelBlobs {
    const b = new ModelBlobs();
    b.files = new Map(this.files);
    b.queue = new Map([...this.queue].map(([k, v]) => [k, { ...v }]));
    b.wanted = new Set(this.wanted);
    return b;
  }
}

const flip = (bytes: Uint8Array): Buffer => {
  const b = Buffer.from(bytes);
  if (b.length > 0) b[0] = (b[0] ?? 0) ^ 0xff;
  return b;
};

/** The server's blob storage called in process, with the same answers the HTTP routes give, under faults. */
export function inProcessBlobTransport(db: ServerDb, faults: () => BlobFault): BlobTransport {
  return {
    async head(sha256): Promise<BlobHead> {
      const s = await blobStatus(db, sha256);
      if (s.state === 'complete') return { complete: true, size: s.size };
      return { complete: false, offset: s.state === 'partial' ? s.received : 0 };
    },
    async put(sha256, start, bytes, total) {
      const f = faults();
      if (f === 'lose_request') throw new TransportError('request lost');
      const chunk = { sha256, start, bytes: f === 'corrupt' ? flip(bytes) : Buffer.from(bytes), total };
      const r = answer(await appendChunk(db, chunk));
      if (f === 'duplicate') await appendChunk(db, chunk);
      if (f === 'lose_response') throw new TransportError('response lost');
      return r;
    },
    async get(sha256) {
      const s = await blobStatus(db, sha256);
      if (s.state !== 'complete')
        return { ok: false, error: { code: 'blob_not_found', message: '服务器上没有该文件' } } as BlobRefusal;
      const f = faults();
      if (f === 'lose_request') throw new TransportError('request lost');
      const parts: Uint8Array[] = [];
      for await (const p of readChunks(db, sha256)) parts.push(p);
      const damaged = f === 'corrupt' ? parts.map((p, i) => (i === 0 ? flip(p) : p)) : parts;
      // The bytes as they arrive: an async iterable, like the HTTP body the desktop reads.
      return {
        [Symbol.asyncIterator]: () => {
          let i = 0;
          return {
            next: () =>
              Promise.resolve(
                i < damaged.length
                  ? { done: false as const, value: damaged[i++] as Uint8Array }
                  : { done: true as const, value: undefined },
              ),
          };
        },
      };
    },
  };
}

function answer(r: ChunkResult): BlobPutAnswer | BlobRefusal {
  const refuse = (code: string, message: string): BlobRefusal =>
    ({ ok: false, error: { code, message, offset: r.offset } }) as BlobRefusal;
  switch (r.kind) {
    case 'stored':
    case 'already':
      return { ok: true, offset: r.offset, complete: r.complete };
    case 'wrong_offset':
      return refuse('blob_offset_mismatch', '分块起点不对');
    case 'wrong_size':
      return refuse('blob_size_mismatch', '文件总长不符');
    case 'hash_mismatch':
      return refuse('blob_hash_mismatch', '文件校验失败');
  }
}
