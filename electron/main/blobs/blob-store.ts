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
import { BLOB_OVERHEAD, isSealed, plainBlobCipher, type BlobCipher } from './blob-cipher';
import { receiveInto } from './blob-receive';

export const SHA256_RE = /^[0-9a-f]{64}$/;

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function headOf(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const out = Buffer.alloc(n);
    return out.subarray(0, readSync(fd, out, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Content-addressed attachments (sync §2.11): blobs/<aa>/<bb>/<sha256>, written through a temp file and an atomic
 * rename, never overwritten. The same bytes stored twice are one file. The name is the SHA-256 of the plaintext;
 * the file holds it encrypted with `cipher` (blob-cipher.ts), so every read decrypts and checks both the tag and
 * the hash.
 */
export function createBlobStore(root: string, cipher: BlobCipher = plainBlobCipher) {
  const pathOf = (sha: string) => join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  /** The last file read for upload chunks: decrypted once for all its chunks, not once per chunk (never for get). */
  let lastRead: { sha: string; bytes: Buffer } | null = null;
  const plainOf = (sha: string): Buffer => {
    const bytes = cipher.open(sha, readFileSync(pathOf(sha)));
    if (sha256Of(bytes) !== sha) throw new Error(`blob ${sha} is damaged`);
    return bytes;
  };
  return {
    put(bytes: Buffer): { sha256: string; size: number } {
      const sha256 = sha256Of(bytes);
      const file = pathOf(sha256);
      if (!existsSync(file)) {
        makePrivateDir(dirname(file));
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, cipher.seal(sha256, bytes), { flag: 'wx', mode: PRIVATE_FILE_MODE });
        renameSync(tmp, file);
      }
      return { sha256, size: bytes.length };
    },
    has: (sha: string): boolean => SHA256_RE.test(sha) && existsSync(pathOf(sha)),
    /** The size of the attachment itself (what is uploaded), not of the encrypted file. */
    size(sha: string): number | null {
      if (!SHA256_RE.test(sha) || !existsSync(pathOf(sha))) return null;
      const stored = statSync(pathOf(sha)).size;
      return isSealed(headOf(pathOf(sha), BLOB_OVERHEAD)) ? stored - BLOB_OVERHEAD : stored;
    },
    /** `length` bytes from `start` of the attachment, for one upload chunk. */
    read(sha: string, start: number, length: number): Buffer {
      if (lastRead?.sha !== sha) lastRead = { sha, bytes: plainOf(sha) };
      const bytes = lastRead.bytes;
      if (start + length > bytes.length)
        throw new Error(`blob ${sha} is shorter than ${start + length} bytes`);
      return Buffer.from(bytes.subarray(start, start + length));
    },
    /**
     * A downloaded file: encrypted as it streams to a temporary file while the plaintext is hashed, renamed into
     * place only when the bytes hash to `sha` — a damaged or tampered download never becomes visible, and a
     * crash leaves only a .tmp file.
     */
    receive: (sha: string, chunks: AsyncIterable<Uint8Array>) =>
      receiveInto(pathOf(sha), sha, chunks, cipher.sealer(sha)),
    /** Decrypts and verifies the hash on the way out: a damaged file is reported, never served as evidence. */
    get(sha: string): Buffer | null {
      if (!SHA256_RE.test(sha) || !existsSync(pathOf(sha))) return null;
      return plainOf(sha);
    },
  };
}
export type BlobStore = ReturnType<typeof createBlobStore>;
