import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * An exclusive lock file for the PGlite data directory: PGlite is PostgreSQL in one process, and two processes
 * writing the same files would corrupt it. The file is created with O_EXCL and holds the owner's pid; a file
 * left by a process that no longer runs (a crash, a power cut) is taken over, a live owner is an error.
 */
export type DataDirLock = { readonly file: string; release(): void };

export class DataDirInUseError extends Error {
  readonly pid: number;
  constructor(file: string, pid: number) {
    super(
      `数据目录正被进程 ${pid} 使用，不能同时启动两个服务器（锁文件 ${file}）/ data dir in use by pid ${pid} (lock file ${file})`,
    );
    this.name = 'DataDirInUseError';
    this.pid = pid;
  }
}

/** `kill(pid, 0)` sends nothing; it only asks whether the process exists (EPERM: it exists, owned by another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

export function acquireDataDirLock(file: string): DataDirLock {
  mkdirSync(dirname(file), { recursive: true });
  // Two rounds: the second follows the removal of a stale file. If another process took the file over in the
  // meantime, its pid is alive and the second round refuses.
  for (let round = 0; round < 2; round++) {
    if (tryCreate(file)) {
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          // Only our own file: never remove a lock another process has taken over.
          if (readPid(file) === process.pid) unlinkSync(file);
        },
      };
    }
    const pid = readPid(file);
    if (pid !== null && isAlive(pid)) throw new DataDirInUseError(file, pid);
    try {
      unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new DataDirInUseError(file, readPid(file) ?? 0);
}
