import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../private-files';
import { isSealed, type BlobCipher } from './blob-cipher';
import { SHA256_RE } from './blob-store';

/**
 * Encrypts the attachments an older version stored in plain (issue 15 item 1), once, when its database is
 * encrypted. Each file is checked against its name first; a damaged one is left as it is and reported (it is
 * refused when read anyway). Each is replaced through a temporary file and a rename, so a crash leaves either
 * the plain or the sealed file.
 */
export function sealPlainBlobs(root: string, cipher: BlobCipher): { sealed: number; damaged: string[] } {
  let sealed = 0;
  const damaged: string[] = [];
  if (!existsSync(root)) return { sealed, damaged };
  for (const a of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(a)) continue;
    for (const b of readdirSync(join(root, a))) {
      if (!/^[0-9a-f]{2}$/.test(b)) continue;
      for (const sha of readdirSync(join(root, a, b))) {
        if (!SHA256_RE.test(sha)) continue;
        const file = join(root, a, b, sha);
        const bytes = readFileSync(file);
        if (isSealed(bytes)) continue;
        if (createHash('sha256').update(bytes).digest('hex') !== sha) {
          damaged.push(sha);
          continue;
        }
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, cipher.seal(sha, bytes), { flag: 'wx', mode: PRIVATE_FILE_MODE });
        renameSync(tmp, file);
        sealed++;
      }
    }
  }
  return { sealed, damaged };
}
