import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, bytes, { flag: 'wx' });
        renameSync(tmp, file);
      }
      return { sha256, size: bytes.length };
    },
    has: (sha: string): boolean => SHA256_RE.test(sha) && existsSync(pathOf(sha)),
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
