import { basename } from 'node:path';
import { todayInChina } from '../../../shared/util/clock';
import { err, ok, type Result } from '../../../shared/result';
import type { BackupListView, BackupView, DbHealthView } from '../../../shared/contracts/backup.schema';
import {
  listBackupInfo,
  newBackupPath,
  prepareBackupDir,
  pruneScheduled,
  recordCheck,
  removeBackup,
  restrictFile,
  type BackupInfo,
} from '../backup/backup-catalog';
import { copyDatabase, copyDatabaseSync, verifyDatabaseFile } from '../db/backup-files';
import type { CopyInFlight } from '../db/copy-in-worker';
import type { Db } from '../db/connection';
import type { MetaRepo } from '../db/repositories/meta.repo';
import type { Logger } from '../logger';
import type { Actor } from '../mutations/types';
import type { DbHealthMonitor } from './db-health';

export const DEFAULT_KEEP = 7;
const KEEP_KEY = 'backup_keep';

export type BackupServiceDeps = {
  db: Db;
  meta: MetaRepo;
  dir: string;
  now: () => number;
  log: Logger;
  health: DbHealthMonitor;
  nativeBinding?: string | undefined;
  /** The database's key: every copy is written and checked with it (db-key.ts). */
  key?: Buffer | undefined;
  /** Closes the core, puts `file` in place (the current file kept aside) and opens the app again; from the host. */
  requestRestore?: ((file: string) => void) | undefined;
};

const view = ({ name, at, size, kind, check }: BackupInfo): BackupView => ({ name, at, size, kind, check });
const mayManage = (actor: Actor) => actor.roles.includes('admin') || actor.roles.includes('director');
const REFUSED = err('FORBIDDEN', '只有管理员或主任可以管理备份与恢复');

/**
 * 备份与恢复: backups written encrypted with the database's key (VACUUM INTO), each opened with that key and
 * integrity-checked after it is written (a copy that fails is removed and the failure kept for the page and the
 * banner); daily and at exit, the newest N of each kept; restore of a checked copy through the host, which keeps
 * the current file aside first.
 */
export function createBackupService(deps: BackupServiceDeps) {
  let failure: { at: string; message: string } | null = null;
  /** The worker copy being written, if any; abandoned when the app closes (abandonCopy). */
  let inFlight: CopyInFlight | null = null;
  let stopped = false;
  const iso = () => new Date(deps.now()).toISOString();
  const keep = (): number => {
    const n = Number(deps.meta.get(KEEP_KEY));
    return Number.isInteger(n) && n >= 1 ? n : DEFAULT_KEEP;
  };

  /** Checks a written copy and records the verdict beside it; a failed copy is removed. */
  function checkWritten(file: string, label: string): Result<BackupInfo> {
    const report = verifyDatabaseFile(file, { nativeBinding: deps.nativeBinding, key: deps.key });
    restrictFile(file);
    recordCheck(file, { ok: report.ok, at: iso(), problems: report.problems });
    if (!report.ok) {
      removeBackup(file);
      const message = `备份 ${basename(file)} 未通过完整性校验，已删除：${report.problems.slice(0, 3).join('；')}`;
      deps.log.error(new Error(message), { where: 'backup.check', label });
      failure = { at: iso(), message };
      return err('BACKUP_FAILED', message);
    }
    if (label !== 'manual') failure = null;
    const info = listBackupInfo(deps.dir).find((b) => b.file === file);
    return info ? ok(info) : err('BACKUP_FAILED', `备份 ${basename(file)} 写入后未找到`);
  }

  function failed(e: unknown, label: string): Result<never> {
    const message = `备份未能写入：${e instanceof Error ? e.message : String(e)}`;
    deps.log.error(e, { where: 'backup.write', label });
    failure = { at: iso(), message };
    return err('BACKUP_FAILED', message);
  }

  async function write(label: 'daily' | 'manual'): Promise<Result<BackupInfo>> {
    prepareBackupDir(deps.dir);
    const file = newBackupPath(deps.dir, label, new Date(deps.now()));
    try {
      await copyDatabase(deps.db, file, {
        key: deps.key,
        nativeBinding: deps.nativeBinding,
        inFlight: (c) => (inFlight = c),
      });
    } catch (e) {
      // Abandoned because the app is closing: not a failure to show.
      if (stopped) return err('BACKUP_FAILED', '程序关闭时备份中止');
      return failed(e, label);
    }
    const r = checkWritten(file, label);
    if (r.ok && label === 'daily') pruneScheduled(deps.dir, keep());
    return r;
  }

  const healthView = (): DbHealthView => ({ ...deps.health.current(), backupFailure: failure });

  return {
    health: healthView,
    list(actor: Actor): Result<BackupListView> {
      if (!mayManage(actor)) return REFUSED;
      return ok({
        backups: listBackupInfo(deps.dir).map(view),
        keep: keep(),
        folder: deps.dir,
        health: healthView(),
      });
    },
    /** 健康状态 for anyone: backups are listed only while the database is known to be damaged. */
    status(): { health: DbHealthView; backups: BackupView[] } {
      const health = healthView();
      return { health, backups: health.state === 'damaged' ? listBackupInfo(deps.dir).map(view) : [] };
    },
    async create(actor: Actor): Promise<Result<BackupView>> {
      if (!mayManage(actor)) return REFUSED;
      const r = await write('manual');
      return r.ok ? ok(view(r.value)) : r;
    },
    verify(actor: Actor, name: string): Result<BackupView> {
      if (!mayManage(actor)) return REFUSED;
      const found = listBackupInfo(deps.dir).find((b) => b.name === name);
      if (!found) return err('NOT_FOUND', `备份 ${name} 不存在`);
      const report = verifyDatabaseFile(found.file, { nativeBinding: deps.nativeBinding, key: deps.key });
      recordCheck(found.file, { ok: report.ok, at: iso(), problems: report.problems });
      return ok(view({ ...found, check: { ok: report.ok, at: iso(), problems: report.problems } }));
    },
    setKeep(actor: Actor, n: number): Result<{ keep: number }> {
      if (!mayManage(actor)) return REFUSED;
      deps.meta.set(KEEP_KEY, String(n));
      pruneScheduled(deps.dir, n);
      return ok({ keep: n });
    },
    /**
     * Restore `name`: by a director or admin, or by anyone while the database is known to be damaged (`actor`
     * null: the same offer the startup dialog makes). The copy is checked again first; the host does the rest.
     */
    restore(actor: Actor | null, name: string): Result<{ restarting: boolean }> {
      if (actor === null ? deps.health.current().state !== 'damaged' : !mayManage(actor))
        return actor === null ? err('FORBIDDEN', '数据库未发现损坏，请登录后在“备份与恢复”中恢复') : REFUSED;
      const found = listBackupInfo(deps.dir).find((b) => b.name === name);
      if (!found) return err('NOT_FOUND', `备份 ${name} 不存在`);
      if (deps.requestRestore === undefined)
        return err('BACKUP_FAILED', '当前运行方式不支持在界面中恢复备份');
      const report = verifyDatabaseFile(found.file, { nativeBinding: deps.nativeBinding, key: deps.key });
      recordCheck(found.file, { ok: report.ok, at: iso(), problems: report.problems });
      if (!report.ok)
        return err('BACKUP_FAILED', `该备份未通过完整性校验，不能用于恢复：${report.problems[0] ?? ''}`);
      deps.log.info('backup.restore', { name, by: actor?.id ?? '(damaged database)' });
      deps.requestRestore(found.file);
      return ok({ restarting: true });
    },
    /** The daily backup when none was written yet on this day (China time): at start, then on every tick. */
    async runDaily(): Promise<Result<BackupInfo> | null> {
      const today = todayInChina(deps.now());
      const done = listBackupInfo(deps.dir).some(
        (b) => b.kind === 'daily' && todayInChina(Date.parse(b.at)) === today && b.check?.ok === true,
      );
      if (done || deps.health.current().state === 'damaged') return null;
      return write('daily');
    },
    /** At exit: a synchronous copy (nothing may wait for a promise then), checked and pruned like the daily. */
    /**
     * The app is closing: a copy still being written in its worker is abandoned — waited for until it lets go of
     * the database file (which may be renamed next, by a restore), its partial file removed, no failure shown.
     */
    abandonCopy(): void {
      stopped = true;
      inFlight?.abandon();
      inFlight = null;
    },
    writeAtExit(): Result<BackupInfo> | null {
      if (deps.health.current().state === 'damaged') return null;
      prepareBackupDir(deps.dir);
      const file = newBackupPath(deps.dir, 'exit', new Date(deps.now()));
      try {
        copyDatabaseSync(deps.db, file);
      } catch (e) {
        return failed(e, 'exit');
      }
      const r = checkWritten(file, 'exit');
      if (r.ok) pruneScheduled(deps.dir, keep());
      return r;
    },
    /** SQLITE_CORRUPT met at run time (the dispatcher): the same state a failed quick_check leaves. */
    damaged: (problem: string): void => deps.health.markDamaged(problem),
    whenChecked: () => deps.health.whenChecked(),
    stop: () => deps.health.stop(),
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
