import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DB_CIPHER } from './connection';
import { keyPragmaValue } from './db-key';

/**
 * A backup copy written off the main thread (issue 15 item 1): SQLite's online backup cannot write an encrypted
 * copy through better-sqlite3 (its target takes no key), and `VACUUM INTO` on the app's own connection blocks the
 * event loop — the window — for as long as the copy takes (about 27 ms per MB). A worker thread opens its own
 * keyed connection to the same file and runs `VACUUM INTO` there; WAL lets it read a consistent snapshot while
 * the app keeps writing. The worker is plain CommonJS evaluated from this string, so it needs no separate bundle
 * entry: it loads the same better-sqlite3 (and the same native binding) as the app.
 */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.module);
  const opts = { fileMustExist: true };
  if (workerData.nativeBinding) opts.nativeBinding = workerData.nativeBinding;
  db = new Database(workerData.file, opts);
  db.pragma("cipher = '" + workerData.cipher + "'");
  if (db.pragma('cipher', { simple: true }) !== workerData.cipher) throw new Error('SQLite without encryption');
  db.pragma('key = ' + workerData.key);
  db.pragma('busy_timeout = 5000');
  db.prepare('VACUUM INTO ?').run(workerData.target);
} finally {
  try {
    if (db) db.close();
  } finally {
    // The app may be waiting for this (closing, or putting a backup in place of the file): the file is let go.
    Atomics.store(workerData.released, 0, 1);
    Atomics.notify(workerData.released, 0);
  }
}
parentPort.postMessage('done');
`;

/** Where better-sqlite3 is, for the worker: the bundle's own require (CommonJS), else from the working folder. */
function sqliteModule(): string {
  const req = typeof require === 'function' ? require : createRequire(join(process.cwd(), 'noop.js'));
  return req.resolve('better-sqlite3');
}

export type CopyInFlight = {
  done: Promise<void>;
  /**
   * Called when the app closes: waits (at most `timeoutMs`) until the worker has closed its connection to the
   * database, so the file can be closed, renamed or replaced, then removes the partial copy. The copy then
   * counts as failed.
   */
  abandon(timeoutMs?: number): void;
};

/** Writes an encrypted copy of `dbFile` to `target` in a worker thread; `done` rejects with the worker's error. */
export function copyInWorker(
  dbFile: string,
  target: string,
  key: Buffer,
  nativeBinding?: string,
): CopyInFlight {
  const released = new Int32Array(new SharedArrayBuffer(4));
  let abandoned = false;
  const done = new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        module: sqliteModule(),
        nativeBinding: nativeBinding ?? null,
        file: dbFile,
        target,
        cipher: DB_CIPHER,
        key: keyPragmaValue(key),
        released,
      },
    });
    let done = false;
    worker.once('message', () => {
      done = true;
      if (abandoned) reject(new Error('备份在程序关闭时中止'));
      else resolve();
    });
    worker.once('error', (e) => {
      done = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`备份线程意外退出（${code}）`));
    });
  });
  return {
    done,
    abandon(timeoutMs = 60_000) {
      abandoned = true;
      Atomics.wait(released, 0, 0, timeoutMs);
      rmSync(target, { force: true });
    },
  };
}
