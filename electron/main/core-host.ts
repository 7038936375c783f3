import { ipc } from '../../shared/contracts/ipc';
import { err, ok, type Result } from '../../shared/result';
import {
  backupDirOf,
  createAppCore,
  DbOpenError,
  keyStoreOf,
  restoreBackup,
  type AppCore,
  type AppCoreOptions,
} from './app-core';
import { listBackupInfo } from './backup/backup-catalog';
import { verifyDatabaseFile } from './db/backup-files';
import type { Dispatcher } from './ipc/dispatch';
import { createConsoleLogger } from './logger';

export type CoreHost = {
  dispatcher: Dispatcher;
  /** The open core, or null while the database could not be opened (damaged: only recovery answers). */
  current(): AppCore | null;
  close(): void;
};

const DAMAGED_AT_OPEN = '数据库文件已损坏，无法打开。请从备份恢复（当前文件会另存保留，不会删除）。';

/**
 * A core that can be replaced while the process runs, for hosts without a relaunch (the browser host, tests):
 * a restore asked for during a call is done after that call's answer is made — close the core, put the backup in
 * place (the current file kept aside), open a new core (new sessions: everyone signs in again). A database that
 * is damaged at start does not stop the host: every call answers DB_CORRUPT with the backups, and
 * `recovery:restore` works, as the desktop's startup dialog does. A locked or newer database still throws.
 */
export function createCoreHost(opts: AppCoreOptions): CoreHost {
  const log = opts.logger ?? createConsoleLogger();
  const now = opts.now ?? Date.now;
  let pending: string | null = null;
  const open = (): AppCore | null => {
    try {
      return createAppCore({ ...opts, logger: log, requestRestore: (file) => (pending = file) });
    } catch (e) {
      if (e instanceof DbOpenError && e.code === 'DB_CORRUPT') {
        log.error(e, { where: 'open' });
        return null;
      }
      throw e;
    }
  };
  let core = open();

  const backups = () =>
    listBackupInfo(backupDirOf(opts.dataDir)).map(({ name, at, size, kind, check }) => ({
      name,
      at,
      size,
      kind,
      check,
    }));
  const damaged = (): Result<unknown> => err('DB_CORRUPT', DAMAGED_AT_OPEN, { backups: backups() });

  function restoreNow(file: string): void {
    core?.close();
    core = null;
    const keptAs = restoreBackup(opts.dataDir, file, new Date(now()));
    log.info('backup.restored', { file, keptAs });
    core = open();
  }

  /** While no core could be opened: the health screen and the restore, nothing else. */
  function whileDamaged(channel: string, raw: unknown): Result<unknown> {
    if (channel === 'health:status') {
      const health = {
        state: 'damaged' as const,
        problems: [DAMAGED_AT_OPEN],
        checkedAt: null,
        backupFailure: null,
      };
      return ok({ health, backups: backups() });
    }
    if (channel !== 'recovery:restore') return damaged();
    const parsed = ipc['recovery:restore'].input.safeParse(raw);
    if (!parsed.success) return err('VALIDATION', '请选择要恢复的备份并确认');
    const found = listBackupInfo(backupDirOf(opts.dataDir)).find((b) => b.name === parsed.data.name);
    if (!found) return err('NOT_FOUND', `备份 ${parsed.data.name} 不存在`);
    // A damaged database does not stop its key from being read: the backups are encrypted with it.
    let key: Buffer | undefined;
    try {
      key = keyStoreOf(opts).load() ?? undefined;
    } catch {
      key = undefined; // an unreadable key: the check below then fails and says why
    }
    const report = verifyDatabaseFile(found.file, { nativeBinding: opts.nativeBinding, key });
    if (!report.ok)
      return err('BACKUP_FAILED', `该备份未通过完整性校验，不能用于恢复：${report.problems[0] ?? ''}`);
    pending = found.file;
    return ok({ restarting: true });
  }

  return {
    dispatcher: {
      async dispatch(channel, raw, ctx) {
        const result =
          core === null ? whileDamaged(channel, raw) : await core.dispatcher.dispatch(channel, raw, ctx);
        if (pending !== null) {
          const file = pending;
          pending = null;
          try {
            restoreNow(file);
          } catch (e) {
            const errorId = log.error(e, { where: 'restore', file });
            return err('BACKUP_FAILED', `恢复未能完成（编号 ${errorId}），当前文件已另存保留`);
          }
        }
        return result;
      },
    },
    current: () => core,
    close: () => {
      core?.close();
      core = null;
    },
  };
}
