import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, makePrivateFile } from '../private-files';

/**
 * The backups folder as a list of files: what each is (from its name), how big, and whether it passed its last
 * check (a small `<file>.check.json` beside it). Files only, no SQL: writing and checking copies is db/backup-files.
 * The folder is 0700 and each file 0600 because a backup holds every party's ID number (POSIX only; Windows
 * keeps the user profile's ACL).
 */
export type BackupKind = 'daily' | 'exit' | 'manual' | 'migration' | 'sync' | 'other';
export type BackupCheck = { ok: boolean; at: string; problems: string[] };
export type BackupInfo = {
  name: string;
  file: string;
  at: string;
  size: number;
  kind: BackupKind;
  check: BackupCheck | null;
};

/**
 * `cases-20261125T020000Z-daily.sqlite`; the stamp is UTC to the second, the label says why it was written.
 * Copies written before this version have no Z (`cases-20261125T020000-before-v14.sqlite`), also UTC.
 */
export const BACKUP_NAME = /^cases-(\d{8}T\d{6})Z?-([a-z0-9-]+)\.sqlite$/;
export const isBackupName = (name: string): boolean => BACKUP_NAME.test(name);

export function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*/, '') + 'Z';
}

export function kindOf(label: string): BackupKind {
  if (label === 'daily' || label === 'exit' || label === 'manual') return label;
  if (label.startsWith('before-v') || label === 'before-encryption') return 'migration';
  if (label.startsWith('before-') || label.startsWith('sync')) return 'sync';
  return 'other';
}

/** The data-at-rest rules of private-files.ts, under the names this folder's code uses. */
export const prepareBackupDir = (dir: string): void => makePrivateDir(dir);
export const restrictFile = (file: string): void => makePrivateFile(file);

/** A free name for a new backup: a second one in the same second gets -2, -3 … rather than overwriting. */
export function newBackupPath(dir: string, label: string, at: Date): string {
  const base = `cases-${stampOf(at)}-${label}`;
  let file = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(file); n++) file = join(dir, `${base}-${n}.sqlite`);
  return file;
}

const checkFile = (file: string) => `${file}.check.json`;

export function recordCheck(file: string, check: BackupCheck): void {
  writeFileSync(checkFile(file), JSON.stringify(check));
  restrictFile(checkFile(file));
}

function readCheck(file: string): BackupCheck | null {
  try {
    const v = JSON.parse(readFileSync(checkFile(file), 'utf8')) as Partial<BackupCheck>;
    if (typeof v.ok !== 'boolean' || typeof v.at !== 'string') return null;
    return { ok: v.ok, at: v.at, problems: Array.isArray(v.problems) ? v.problems.map(String) : [] };
  } catch {
    return null;
  }
}

function atOf(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : stamp;
}

/** Every backup in `dir`, newest first (the same order as app-core's listBackups). */
export function listBackupInfo(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isBackupName)
    .sort()
    .reverse()
    .map((name) => {
      const m = BACKUP_NAME.exec(name) as RegExpExecArray;
      const file = join(dir, name);
      const label = (m[2] as string).replace(/-\d+$/, '');
      return {
        name,
        file,
        at: atOf(m[1] as string),
        size: statSync(file).size,
        kind: kindOf(label),
        check: readCheck(file),
      };
    });
}

/** Removes a backup and its check record (a copy that failed its check, or one past the number kept). */
export function removeBackup(file: string): void {
  rmSync(file, { force: true });
  rmSync(checkFile(file), { force: true });
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Keeps the newest `keep` backups of each scheduled kind (daily, exit). Backups made by a person, before a
 * migration or before a sync are never removed here: someone wanted that moment kept.
 */
export function pruneScheduled(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const kind of ['daily', 'exit'] as const) {
    const old = listBackupInfo(dir)
      .filter((b) => b.kind === kind)
      .slice(Math.max(1, keep));
    for (const b of old) {
      removeBackup(b.file);
      removed.push(b.name);
    }
  }
  return removed;
}
