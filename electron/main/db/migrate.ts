import { makePrivateDir, makePrivateFile } from '../private-files';
import { join } from 'node:path';
import type { Db } from './connection';
import { DbOpenError } from './connection';

export type Migration = {
  version: number;
  name: string;
  /** What it does, in Chinese, for the start-up progress window (第 i / n 步). */
  title?: string;
  up: string | ((db: Db) => void);
};

export type MigrateOptions = {
  /** Where the pre-migration backup goes; required whenever an existing database is upgraded. */
  backupDir?: string;
  now?: () => Date;
  /**
   * Told as each step starts — the backup, then each migration — so a caller off the main thread can show
   * progress (db/migrate-worker.ts). Nothing else changes: the same backup, the same transactions.
   */
  onStep?: (step: MigrateStep) => void;
};

export type MigrateStep = { kind: 'backup' } | { kind: 'migration'; migration: Migration };

export type MigrateResult = { from: number; to: number; backupFile: string | null };

/** Signal-style guard rails (architecture §7.5): contiguous numbers, future DB refused, one transaction each. */
export function assertContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} has number ${m.version}; expected ${i + 1} (contiguous from 1)`);
  });
}

export function migrate(db: Db, migrations: readonly Migration[], opts: MigrateOptions = {}): MigrateResult {
  assertContiguous(migrations);
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest)
    throw new DbOpenError(
      'DB_FROM_FUTURE',
      `数据库由更新版本的软件创建（数据版本 ${current}，本软件支持到 ${latest}），请升级本软件后再打开。`,
    );
  if (current === latest) return { from: current, to: current, backupFile: null };

  let backupFile: string | null = null;
  if (current > 0) {
    if (!opts.backupDir) throw new Error('An existing database is upgraded only with a backup directory');
    opts.onStep?.({ kind: 'backup' });
    backupFile = writeBackup(db, opts.backupDir, `before-v${current + 1}`, opts.now?.() ?? new Date());
  }
  for (const m of migrations.slice(current)) {
    opts.onStep?.({ kind: 'migration', migration: m });
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  db.pragma('optimize');
  return { from: current, to: latest, backupFile };
}

/** `VACUUM INTO` is synchronous and produces a consistent, compact copy even while in WAL mode. */
export function writeBackup(db: Db, dir: string, label: string, at: Date): string {
  makePrivateDir(dir);
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const file = join(dir, `cases-${stamp}-${label}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  makePrivateFile(file);
  return file;
}
