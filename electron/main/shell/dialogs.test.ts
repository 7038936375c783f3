import { beforeEach, describe, expect, it, vi } from 'vitest';

type BoxOptions = { message: string; detail?: string; buttons?: string[] };
const h = vi.hoisted(() => ({
  showMessageBoxSync: vi.fn((_o: BoxOptions): number => 0),
  showErrorBox: vi.fn(),
  relaunch: vi.fn(),
  exit: vi.fn(),
}));
vi.mock('electron', () => ({
  dialog: { showMessageBoxSync: h.showMessageBoxSync, showErrorBox: h.showErrorBox },
  app: { relaunch: h.relaunch, exit: h.exit },
}));

const { askAboutDbOpenError, handleStartupError, isDbOpenError } = await import('./dialogs');

const dataDir = '/data/ldcs';
// Newest first, as app-core's listBackups returns them.
const recent = '/data/ldcs/backups/20250601T000000.sqlite';
const old = '/data/ldcs/backups/20240101T000000.sqlite';

/** Makes the fake message box "click" the button with this label. */
const clickButton = (label: string) =>
  h.showMessageBoxSync.mockImplementation((o: BoxOptions) => o.buttons?.indexOf(label) ?? 0);
const lastBox = (): BoxOptions => {
  const o = h.showMessageBoxSync.mock.calls.at(-1)?.[0];
  if (o === undefined) throw new Error('no message box shown');
  return o;
};

beforeEach(() => vi.clearAllMocks());

describe('isDbOpenError', () => {
  it('matches by shape', () => {
    expect(isDbOpenError({ code: 'DB_CORRUPT', message: 'x', backups: [] })).toBe(true);
    expect(isDbOpenError({ code: 'SQLITE_BUSY', message: 'x', backups: [] })).toBe(false);
    expect(isDbOpenError(new Error('x'))).toBe(false);
  });
});

describe('askAboutDbOpenError', () => {
  it('tells the user to upgrade for a database from a newer version, and never restores', () => {
    const restore = vi.fn();
    const outcome = askAboutDbOpenError(
      { code: 'DB_FROM_FUTURE', message: '版本 9 > 3', backups: [old] },
      dataDir,
      restore,
    );
    expect(outcome).toBe('quit');
    expect(lastBox().detail).toContain('请升级本软件');
    expect(lastBox().buttons).toEqual(['退出']);
    expect(restore).not.toHaveBeenCalled();
  });

  it('offers the newest backup for a corrupt database and restores it on request', () => {
    clickButton('恢复最近的备份');
    const restore = vi.fn();
    const outcome = askAboutDbOpenError(
      { code: 'DB_CORRUPT', message: '损坏', backups: [recent, old] },
      dataDir,
      restore,
    );
    expect(lastBox().buttons).toEqual(['恢复最近的备份', '退出']);
    expect(restore).toHaveBeenCalledExactlyOnceWith(dataDir, recent);
    expect(outcome).toBe('relaunch');
    expect(lastBox().detail).toContain('20250601T000000.sqlite');
  });

  it('quits without restoring when the user chooses 退出', () => {
    clickButton('退出');
    const restore = vi.fn();
    expect(
      askAboutDbOpenError({ code: 'DB_CORRUPT', message: '损坏', backups: [old] }, dataDir, restore),
    ).toBe('quit');
    expect(restore).not.toHaveBeenCalled();
  });

  it('offers 重试 for a locked database, and only 退出 when there is no backup', () => {
    clickButton('重试');
    expect(askAboutDbOpenError({ code: 'DB_LOCKED', message: '占用', backups: [] }, dataDir, vi.fn())).toBe(
      'relaunch',
    );
    expect(lastBox().buttons).toEqual(['重试', '退出']);
    askAboutDbOpenError({ code: 'DB_CORRUPT', message: '损坏', backups: [] }, dataDir, vi.fn());
    expect(lastBox().buttons).toEqual(['退出']);
  });

  it('reports a failed restore and quits', () => {
    clickButton('恢复最近的备份');
    const restore = vi.fn(() => {
      throw new Error('磁盘已满');
    });
    expect(
      askAboutDbOpenError({ code: 'DB_CORRUPT', message: '损坏', backups: [old] }, dataDir, restore),
    ).toBe('quit');
    expect(h.showErrorBox).toHaveBeenCalledWith('恢复备份失败', '磁盘已满');
  });
});

describe('handleStartupError', () => {
  it('relaunches after a successful restore', () => {
    clickButton('恢复最近的备份');
    handleStartupError({ code: 'DB_CORRUPT', message: '损坏', backups: [old] }, dataDir, vi.fn());
    expect(h.relaunch).toHaveBeenCalledOnce();
    expect(h.exit).toHaveBeenCalledWith(0);
  });

  it('shows a plain error box for unknown errors and exits non-zero', () => {
    handleStartupError(new Error('boom'), dataDir, vi.fn());
    expect(h.showErrorBox).toHaveBeenCalledWith('启动失败', expect.stringContaining('boom'));
    expect(h.relaunch).not.toHaveBeenCalled();
    expect(h.exit).toHaveBeenCalledWith(1);
  });
});
