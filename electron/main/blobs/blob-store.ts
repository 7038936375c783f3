import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';
import { receiveInto } from './blob-receive';

export const SHA256_RE = /^[0-9a-f]{64}$/;

/**
 * Content-addressed attachments (sync §2.11): blobs/<aa>/<bb>/<sha256>, written through a temp file and an atomic
 * rename, never overwritten. The same bytes stored twice are one file.
 */
export function createBlobStore(root: string) {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    put(bytes: Buffer): { sha256: string; size: number } {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = pathOf(sha256);
      if (!existsSync(file)) {
        makePrivateDir(dirname(file));
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, bytes, { flag: 'wx', mode: PRIVATE_FILE_MODE });
        renameSync(tmp, file);
      }
      return { sha256, size: bytes.length };
    },
    has: (sha: string): boolean => SHA256_RE.test(sha) && existsSync(pathOf(sha)),
    size: (sha: string): number | null =>
      SHA256_RE.test(sha) && existsSync(pathOf(sha)) ? statSync(pathOf(sha)).size : null,
    /** `length` bytes from `start`, for one upload chunk (the whole file is never read for it). */
    read(sha: string, start: number, length: number): Buffer {
      const out = Buffer.alloc(length);
      const fd = openSync(pathOf(sha), 'r');
      try {
        let got = 0;
        while (got < length) {
          const n = readSync(fd, out, got, length - got, start + got);
          if (n === 0) throw new Error(`blob ${sha} is shorter than ${start + length} bytes`);
          got += n;
        }
      } finally {
        closeSync(fd);
      }
      return out;
    },
    /**
     * A downloaded file: streamed to a temporary file while hashed, renamed into place only when the bytes hash
     * to `sha` — a damaged or tampered download never becomes visible, and a crash leaves only a .tmp file.
     */
    receive: (sha: string, chunks: AsyncIterable<Uint8Array>) => receiveInto(pathOf(sha), sha, chunks),
    /** Verifies the hash on the way out: a damaged file is reported, never served as evidence. */
    get(sha: string): Buffer | null {
      if (!SHA256_RE.test(sha) || !existsSync(pathOf(sha))) return null;
      const bytes = readFileSync(pathOf(sha));
      if (createHash('sha256').update(bytes).digest('hex') !== sha) throw new Error(`blob ${sha} is damaged`);
      return bytes;
    },
  };
}
export type BlobStore = ReturnType<typeof createBlobStore>;
