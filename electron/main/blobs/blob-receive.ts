import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../private-files';

export type Received = { ok: true } | { ok: false; reason: string };

export type Sealer = { header: Buffer; update(chunk: Uint8Array): Buffer; final(): Buffer };

/**
 * Writes `chunks` to a temporary file beside `file`, hashing the plaintext and writing it sealed (encrypted,
 * blob-cipher.ts) as they arrive, and renames it into place only if the bytes hash to `sha` (sync §2.11: the
 * hash is checked before the file is used). Anything else removes the temporary file; an error while reading
 * the chunks (the connection dropped) is rethrown after that.
 */

export async function receiveInto(
  file: string,
  sha: string,
  chunks: AsyncIterable<Uint8Array>,
  sealer: Sealer,
): Promise<Received> {
  if (existsSync(file)) return { ok: true };
  makePrivateDir(dirname(file));
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const hash = createHash('sha256');
  const fd = openSync(tmp, 'wx', PRIVATE_FILE_MODE);
  let closed = false;
  const write = (c: Uint8Array) => {
    let at = 0;
    while (at < c.length) at += writeSync(fd, c, at, c.length - at);
  };
  try {
    write(sealer.header);
    for await (const c of chunks) {
      hash.update(c);
      write(sealer.update(c));
    }
    write(sealer.final());
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    const actual = hash.digest('hex');
    if (actual !== sha) {
      rmSync(tmp, { force: true });
      return {
        ok: false,
        reason: `下载的文件校验失败（SHA-256 为 ${actual.slice(0, 12)}…，应为 ${sha.slice(0, 12)}…），未保存`,
      };
    }
    renameSync(tmp, file);
    return { ok: true };
  } catch (e) {
    if (!closed) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
