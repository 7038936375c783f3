import path from 'node:path';
import { app, dialog } from 'electron';

/** Mirrors DbOpenError from electron/main/app-core.ts; matched by shape so the shell need not import the class. */
export type DbOpenErrorCode = 'DB_FROM_FUTURE' | 'DB_CORRUPT' | 'DB_LOCKED' | 'DB_KEY_LOST';
export type DbOpenErrorLike = { code: DbOpenErrorCode; message: string; backups: readonly string[] };

const DB_CODES: readonly string[] = ['DB_FROM_FUTURE', 'DB_CORRUPT', 'DB_LOCKED', 'DB_KEY_LOST'];

export function isDbOpenError(e: unknown): e is DbOpenErrorLike {
  if (typeof e !== 'object' || e === null) return false;
  const { code, message, backups } = e as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    DB_CODES.includes(code) &&
    typeof message === 'string' &&
    Array.isArray(backups) &&
    backups.every((b) => typeof b === 'string')
  );
}

export type StartupOutcome = 'relaunch' | 'quit';

/** The recovery path for a lost database key (README "数据库加密与密钥丢失"). */
export const KEY_LOST_RECOVERY = [
  '恢复办法：',
  '1. 若是更换了操作系统账户：请用原来的操作系统账户登录本机后再打开本软件（密钥由该账户保管）。',
  '2. 若本机已连接中心服务器：请将数据目录改名保留（不要删除），重新打开本软件，选择“连接中心服务器”重新注册本机，' +
    '本单位的案件数据将从中心服务器同步回来。',
  '3. 若找回了原来的密钥文件（cases.key，与数据库同在数据目录中），放回数据目录后重新打开本软件。',
  '其他情况请联系技术支持，并保留数据目录中的全部文件。',
].join('\n');

/**
 * Explains a database that cannot be opened and lets the user recover. Returns what the caller should do
 * next; the caller performs it, which keeps this function free of process control and testable.
 */
export function askAboutDbOpenError(
  error: DbOpenErrorLike,
  dataDir: string,
  restoreBackup: (dataDir: string, backupFile: string) => void,
): StartupOutcome {
  if (error.code === 'DB_FROM_FUTURE') {
    dialog.showMessageBoxSync({
      type: 'error',
      title: '无法打开数据库',
      message: '数据库由更新版本的本软件创建，当前版本无法打开。',
      detail: `${error.message}\n\n请升级本软件到最新版本后再打开。为保护数据，本软件不会改动该数据库。`,
      buttons: ['退出'],
      noLink: true,
    });
    return 'quit';
  }
  if (error.code === 'DB_KEY_LOST') {
    // The backups are encrypted with the same key, so restoring one would not help: no restore button here.
    dialog.showMessageBoxSync({
      type: 'error',
      title: '无法打开数据库：数据库密钥丢失',
      message: '数据库已加密，但本机的数据库密钥丢失或无法解开。本软件没有改动该数据库，也不会新建空数据库。',
      detail: `${error.message}\n\n${KEY_LOST_RECOVERY}`,
      buttons: ['退出'],
      noLink: true,
    });
    return 'quit';
  }

  // The core lists backups newest first (app-core.ts listBackups), so the first is the one to offer.
  const backup = error.backups[0];
  const problem =
    error.code === 'DB_LOCKED'
      ? '数据库正被另一个程序占用（可能本软件已在运行，或上次未正常退出）。'
      : '数据库文件已损坏，无法打开。';
  const buttons = [
    ...(error.code === 'DB_LOCKED' ? ['重试'] : []),
    ...(backup !== undefined ? ['恢复最近的备份'] : []),
    '退出',
  ];
  const backupNote =
    backup !== undefined
      ? `\n\n可恢复的最近备份：${path.basename(backup)}\n恢复后，该备份之后录入的数据将不再显示；当前的数据库文件会另存保留，不会删除。`
      : '\n\n没有找到可用的备份，请联系技术支持。';
  const choice =
    buttons[
      dialog.showMessageBoxSync({
        type: 'error',
        title: '无法打开数据库',
        message: problem,
        detail: `${error.message}${backupNote}`,
        buttons,
        defaultId: buttons.length - 1,
        cancelId: buttons.length - 1,
        noLink: true,
      })
    ];

  if (choice === '重试') return 'relaunch';
  if (choice === '恢复最近的备份' && backup !== undefined) {
    try {
      restoreBackup(dataDir, backup);
      return 'relaunch';
    } catch (e: unknown) {
      dialog.showErrorBox('恢复备份失败', e instanceof Error ? e.message : String(e));
      return 'quit';
    }
  }
  return 'quit';
}

/** Any startup failure: a known database problem gets its dialog, anything else a plain error box. */
export function handleStartupError(
  error: unknown,
  dataDir: string,
  restoreBackup: (dataDir: string, backupFile: string) => void,
): void {
  let outcome: StartupOutcome = 'quit';
  if (isDbOpenError(error)) {
    outcome = askAboutDbOpenError(error, dataDir, restoreBackup);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('启动失败', `本软件无法启动：${message}\n\n数据目录：${dataDir}`);
  }
  if (outcome === 'relaunch') app.relaunch();
  // exit, not quit: no window exists yet and 'will-quit' handlers must not touch a core that never opened.
  app.exit(outcome === 'relaunch' ? 0 : 1);
}
