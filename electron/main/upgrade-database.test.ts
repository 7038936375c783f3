import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKeyed } from '../../tests/helpers/keyed-db';
import { version16Database } from '../../tests/helpers/older-database';
import { TEST_SCRYPT_PARAMS } from '../../tests/helpers/core';
import { createAppCore, DB_FILE, listBackups } from './app-core';
import { isPlainDatabaseFile } from './db/at-rest';
import { connect, type Db } from './db/connection';
import { DEV_KEY_FILE, devKeyStore } from './db/db-key';
import { droppedBytes, noteDroppedBytes, REPACK_FROM_BYTES } from './db/free-pages';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { acquireOwnerLock } from './db/owner-lock';
import type { UpgradeProgress } from './db/upgrade-progress';
import { createConsoleLogger } from './logger';
import { upgradeDatabase, type UpgradeOptions } from './upgrade-database';

/**
 * The start-up upgrade in a worker thread (upgrade-database.ts) against the core's own upgrade on its thread,
 * over real files in temp folders. Only the Worker class is wrapped, to count the threads started.
 */
const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerThreads>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      spawned.count++;
      super(...args);
    }
  }
  return { ...real, Worker: CountedWorker };
});

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'ldcs-upgrade-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  spawned.count = 0;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = () => Date.parse('2026-11-30T02:00:00Z');
const openCore = (dataDir: string) =>
  createAppCore({ dataDir, now: NOW, scryptParams: TEST_SCRYPT_PARAMS, logger: quiet() });
const quiet = () => createConsoleLogger(() => undefined);

/** A data folder whose database is at version 16, encrypted with the folder's development key, with search rows. */
function olderFolder(): string {
  const dir = tmp();
  const db = version16Database(join(dir, DB_FILE), devKeyStore(dir).create());
  db.pragma('foreign_keys = OFF');
  ['张三丰\u0001劳动合同纠纷', 'bcdabc\u0001李四'].forEach((t, i) =>
    db.prepare('INSERT INTO case_search (case_id, text) VALUES (?, ?)').run(`c${i}`, t),
  );
  db.close();
  return dir;
}

function upgrade(dataDir: string, over: Partial<UpgradeOptions> = {}) {
  const steps: UpgradeProgress[] = [];
  const outcome = upgradeDatabase({ dataDir, logger: quiet(), onProgress: (p) => steps.push(p), ...over });
  return { steps, outcome };
}

/** Every table's schema and rows, in a stable order; the device's random id (made at first open) left out. */
function dump(file: string): unknown {
  const db = openKeyed(file, { readonly: true });
  try {
    const schema = db
      .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string }[];
    const rows = schema
      .filter((s) => s.type === 'table')
      .map((s) => [s.name, db.prepare(`SELECT * FROM "${s.name}" ORDER BY 1`).raw().all()])
      .map(([name, rows]) => [
        name,
        name === 'sync_meta' ? (rows as unknown[][]).filter((r) => r[0] !== 'client_id') : rows,
      ]);
    return { schema, rows, version: db.pragma('user_version', { simple: true }) };
  } finally {
    db.close();
  }
}

const userVersion = (db: Db) => db.pragma('user_version', { simple: true }) as number;

describe('the start-up upgrade in a worker thread', () => {
  it('leaves the same schema and data as the core’s own upgrade, with progress in order ending at n/n', async () => {
    const inProcess = olderFolder();
    const inWorker = tmp();
    cpSync(inProcess, inWorker, { recursive: true });

    openCore(inProcess).close();
    const { steps, outcome } = upgrade(inWorker);
    expect(await outcome).toBe('worker');
    expect(spawned.count).toBe(1);
    // The core opening after it finds nothing left to do.
    const done = openKeyed(join(inWorker, DB_FILE));
    expect(userVersion(done)).toBe(MIGRATIONS.length);
    expect(done.pragma('auto_vacuum', { simple: true })).toBe(2);
    done.close();
    openCore(inWorker).close();

    expect(dump(join(inWorker, DB_FILE))).toEqual(dump(join(inProcess, DB_FILE)));
    expect(steps.map((s) => [s.step, s.total, s.title])).toEqual([
      [1, 7, '写入升级前备份'],
      [2, 7, '迁移 0017 精简审计日志并重建检索索引'],
      [3, 7, '迁移 0018 未结案件索引'],
      [4, 7, '迁移 0019 开始使用精简编号，精简程序日志索引'],
      [5, 7, '迁移 0020 精简已确认的修改记录'],
      [6, 7, '迁移 0021 精简检索的双字索引'],
      [7, 7, '整理数据库文件'],
    ]);
    const backups = listBackups(inWorker);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/before-v17\.sqlite$/);
    const backup = openKeyed(backups[0] as string, { readonly: true });
    expect(userVersion(backup)).toBe(16);
    backup.close();
  });

  it('leaves a file from before encryption to the core, which encrypts it before it migrates', async () => {
    const dir = tmp();
    version16Database(join(dir, DB_FILE)).close();
    const { steps, outcome } = upgrade(dir);
    expect(await outcome).toBe('inProcess');
    expect(spawned.count).toBe(0);
    expect(steps).toEqual([]);
    expect(isPlainDatabaseFile(join(dir, DB_FILE))).toBe(true);
    openCore(dir).close();
    expect(isPlainDatabaseFile(join(dir, DB_FILE))).toBe(false);
    expect(listBackups(dir).filter((b) => isPlainDatabaseFile(b))).toEqual([]);
    expect(listBackups(dir).some((b) => b.endsWith('before-v17.sqlite'))).toBe(true);
  });

  it('a migration that fails in the worker rejects with its error and leaves the backup and the file as they were', async () => {
    const dir = olderFolder();
    const db = openKeyed(join(dir, DB_FILE));
    // Migration 0017 builds its new audit table under this name: taken, it fails as it would on the app's thread.
    db.exec('CREATE TABLE audit_log_0017 (x)');
    db.close();

    const onItsThread = tmp();
    cpSync(dir, onItsThread, { recursive: true });
    const { steps, outcome } = upgrade(dir);
    await expect(outcome).rejects.toThrow(/audit_log_0017 already exists/);
    expect(steps.map((s) => s.step)).toEqual([1, 2]);
    const [backup] = listBackups(dir);
    expect(backup).toMatch(/before-v17\.sqlite$/);
    const copy = openKeyed(backup as string, { readonly: true });
    expect(userVersion(copy)).toBe(16);
    copy.close();
    const file = openKeyed(join(dir, DB_FILE), { readonly: true });
    expect(userVersion(file)).toBe(16);
    file.close();
    // The same error as the core's own upgrade throws (the shell's 启动失败 box), and the folder let go.
    const inProcess = (() => {
      try {
        return openCore(onItsThread);
      } catch (e) {
        return e;
      }
    })();
    await outcome.catch((e: unknown) => {
      expect(e).toMatchObject({ message: (inProcess as Error).message, code: 'SQLITE_ERROR' });
    });
    acquireOwnerLock(join(dir, `${DB_FILE}.owner`)).release();
  });

  it('starts no worker when there is nothing to do: a new folder, a current file, a newer app’s file', async () => {
    const fresh = tmp();
    expect(await upgrade(fresh).outcome).toBe('none');
    openCore(fresh).close();
    const current = upgrade(fresh);
    expect(await current.outcome).toBe('none');
    expect(current.steps).toEqual([]);

    const newer = tmp();
    // Not in incremental auto-vacuum either: still not a worker's, the core refuses it untouched.
    const db = connect(join(newer, DB_FILE), { key: devKeyStore(newer).create() });
    db.pragma('auto_vacuum = NONE');
    db.exec('CREATE TABLE t (x)');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(await upgrade(newer).outcome).toBe('none');
    expect(() => openCore(newer)).toThrow(expect.objectContaining({ code: 'DB_FROM_FUTURE' }));
    expect(spawned.count).toBe(0);
  });

  it('packs a current file in the worker, as one step: not yet in incremental auto-vacuum, or worth a repack', async () => {
    const dir = tmp();
    const db = connect(join(dir, DB_FILE), { key: devKeyStore(dir).create() });
    db.pragma('auto_vacuum = NONE');
    db.pragma('journal_mode = WAL');
    migrate(db, MIGRATIONS, {});
    db.close();
    const { steps, outcome } = upgrade(dir);
    expect(await outcome).toBe('worker');
    expect(steps.map((s) => [s.step, s.total, s.title])).toEqual([[1, 1, '整理数据库文件']]);
    const after = openKeyed(join(dir, DB_FILE), { readonly: true });
    expect(after.pragma('auto_vacuum', { simple: true })).toBe(2);
    after.close();
    expect(listBackups(dir)).toEqual([]);

    // Compaction has since dropped more than REPACK_FROM_BYTES in place: the next start packs it, in the worker.
    const dropped = openKeyed(join(dir, DB_FILE));
    noteDroppedBytes(dropped, REPACK_FROM_BYTES);
    dropped.close();
    const again = upgrade(dir);
    expect(await again.outcome).toBe('worker');
    expect(again.steps.map((s) => s.title)).toEqual(['整理数据库文件']);
    const packed = openKeyed(join(dir, DB_FILE), { readonly: true });
    expect(droppedBytes(packed)).toBe(0);
    packed.close();
    expect(await upgrade(dir).outcome).toBe('none');
  });

  it('leaves the upgrade to the core when the worker cannot start, the folder is in use or its key is missing', async () => {
    const dir = olderFolder();
    const missing = upgrade(dir, { workerScript: join(dir, 'no-such-worker.cjs') });
    expect(await missing.outcome).toBe('inProcess');
    expect(missing.steps).toEqual([]);
    const lock = acquireOwnerLock(join(dir, `${DB_FILE}.owner`));
    expect(await upgrade(dir).outcome).toBe('inProcess');
    lock.release();
    const keyFile = join(dir, DEV_KEY_FILE);
    renameSync(keyFile, `${keyFile}.away`);
    expect(await upgrade(dir).outcome).toBe('inProcess');
    expect(() => openCore(dir)).toThrow(expect.objectContaining({ code: 'DB_KEY_LOST' }));
    renameSync(`${keyFile}.away`, keyFile);
    expect(spawned.count).toBe(1);
    openCore(dir).close();
    const file = openKeyed(join(dir, DB_FILE), { readonly: true });
    expect(userVersion(file)).toBe(MIGRATIONS.length);
    file.close();
  });

  it('runs as the built app starts it: scripts/build.mjs’s bundle, without tsx', async () => {
    const dir = olderFolder();
    // Written inside the project, as dist/main is, so its require('better-sqlite3') finds node_modules.
    const cache = fileURLToPath(new URL('../../.cache/', import.meta.url));
    mkdirSync(cache, { recursive: true });
    const builtDir = mkdtempSync(join(cache, 'migrate-worker-'));
    dirs.push(builtDir);
    const built = join(builtDir, 'migrate-worker.cjs');
    const build = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
    execFileSync(process.execPath, [build, '--migrate-worker', built]);
    const { steps, outcome } = upgrade(dir, { workerScript: built });
    expect(await outcome).toBe('worker');
    expect(steps.at(-1)).toMatchObject({ step: 7, total: 7 });
  });
});
