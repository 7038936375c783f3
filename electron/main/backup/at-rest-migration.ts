import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { encryptPlainFile, isPlainDatabaseFile } from '../db/at-rest';
import { listBackupInfo, newBackupPath, prepareBackupDir, recordCheck, restrictFile } from './backup-catalog';

/**
 * The files around a database that is encrypted for the first time (issue 15 item 1): the pre-encryption backup,
 * and the plain copies an older version left (backups, files kept aside by a restore), which would otherwise
 * keep every ID number readable beside the encrypted database.
 */

/**
 * The backup written before a plain database is replaced by its encrypted copy: that copy, already checked with
 * the key (at-rest.ts). _Why not a plain copy:_ a plaintext backup would undo the encryption it precedes; the
 * plain original itself is kept until the encrypted file is in place, so nothing is lost if this step fails.
 */
export function preEncryptionBackup(backupDir: string, now: () => number): (encryptedCopy: string) => void {
  return (encryptedCopy) => {
    prepareBackupDir(backupDir);
    const file = newBackupPath(backupDir, 'before-encryption', new Date(now()));
    copyFileSync(encryptedCopy, file);
    restrictFile(file);
    recordCheck(file, { ok: true, at: new Date(now()).toISOString(), problems: [] });
  };
}

/**
 * Encrypts, in place, every plain backup and every replaced database file. A copy that cannot be encrypted (a
 * damaged old backup) is left as it is and reported, so it does not stop the start.
 */
export function encryptLegacyCopies(
  dataDir: string,
  backupDir: string,
  key: Buffer,
  nativeBinding?: string,
): { encrypted: string[]; failed: { file: string; error: unknown }[] } {
  const candidates = [
    ...listBackupInfo(backupDir).map((b) => b.file),
    ...(existsSync(dataDir)
      ? readdirSync(dataDir)
          .filter((f) => /^cases\.sqlite\.replaced-[0-9TZ-]+$/.test(f))
          .map((f) => join(dataDir, f))
      : []),
  ];
  const encrypted: string[] = [];
  const failed: { file: string; error: unknown }[] = [];
  for (const file of candidates) {
    if (!isPlainDatabaseFile(file)) continue;
    try {
      encryptPlainFile(file, key, { nativeBinding });
      restrictFile(file);
      encrypted.push(file);
    } catch (error) {
      failed.push({ file, error });
    }
  }
  return { encrypted, failed };
}
