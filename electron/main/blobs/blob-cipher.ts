import { createCipheriv, createDecipheriv, randomBytes, type CipherGCM } from 'node:crypto';
import { deriveKey } from '../db/db-key';

/**
 * Attachments on disk are AES-256-GCM with a key derived (HKDF) from the database's key (issue 15 item 1). The
 * file is `LDCSBLB1` ‖ 12-byte IV ‖ ciphertext ‖ 16-byte tag, and the file's name (the SHA-256 of the plaintext)
 * is authenticated data, so a file moved to another name or changed in any byte fails to open. The content hash
 * stays over the plaintext: sync's content addressing and the court bundle's manifest are unchanged.
 * Files written before encryption (no magic) are read as plain; their name is their hash, so they are still checked.
 */
export const BLOB_MAGIC = Buffer.from('LDCSBLB1', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const BLOB_OVERHEAD = BLOB_MAGIC.length + IV_BYTES + TAG_BYTES;

export type BlobCipher = {
  seal(sha: string, plain: Buffer): Buffer;
  /** Plaintext of a stored file; throws when the file was changed or belongs to another name. */
  open(sha: string, stored: Buffer): Buffer;
  /** A streaming seal for downloads: header first, then each chunk, then the tag. */
  sealer(sha: string): { header: Buffer; update(chunk: Uint8Array): Buffer; final(): Buffer };
};

export const isSealed = (head: Buffer): boolean =>
  head.length >= BLOB_MAGIC.length && head.subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC);

export function createBlobCipher(dbKey: Buffer): BlobCipher {
  const key = deriveKey(dbKey, 'attachments:aes-256-gcm');
  const aad = (sha: string) => Buffer.concat([BLOB_MAGIC, Buffer.from(sha, 'latin1')]);
  const sealer = (sha: string) => {
    const iv = randomBytes(IV_BYTES);
    const cipher: CipherGCM = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(aad(sha));
    return {
      header: Buffer.concat([BLOB_MAGIC, iv]),
      update: (chunk: Uint8Array) => cipher.update(chunk),
      final: () => Buffer.concat([cipher.final(), cipher.getAuthTag()]),
    };
  };
  return {
    sealer,
    seal(sha, plain) {
      const s = sealer(sha);
      return Buffer.concat([s.header, s.update(plain), s.final()]);
    },
    open(sha, stored) {
      if (!isSealed(stored)) return stored;
      if (stored.length < BLOB_OVERHEAD) throw new Error(`附件 ${sha} 已损坏（文件过短）`);
      const iv = stored.subarray(BLOB_MAGIC.length, BLOB_MAGIC.length + IV_BYTES);
      const tag = stored.subarray(stored.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(aad(sha));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([
          decipher.update(stored.subarray(BLOB_MAGIC.length + IV_BYTES, stored.length - TAG_BYTES)),
          decipher.final(),
        ]);
      } catch {
        throw new Error(`附件 ${sha} 已损坏或被改动（解密校验失败）`);
      }
    },
  };
}

/** No encryption (a store opened without a key: tools reading an old, plain folder). */
export const plainBlobCipher: BlobCipher = {
  seal: (_sha, plain) => plain,
  open: (_sha, stored) => stored,
  sealer: () => ({ header: Buffer.alloc(0), update: (c) => Buffer.from(c), final: () => Buffer.alloc(0) }),
};
