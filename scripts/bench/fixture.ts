import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { createAppCore, DB_FILE } from '../../electron/main/app-core';
import { openDatabase } from '../../electron/main/db/connection';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { ensureDemoAdmin } from '../lib/demo-admin';
import { createProgressBar } from '../lib/progress';
import { quietLogger } from '../lib/quiet-logger';
import { seedFloor, type BatchTimings } from './seed-floor';
import { benchNow } from './clock';

export type SeedingReport = { cases: number; app: BatchTimings; floor: BatchTimings };

export type Fixture = { dir: string; dbPath: string; seeding: SeedingReport | null; note: string };

/** Why the cached database cannot be reused, or null when it can. */
export function staleReason(dbPath: string, cases: number): string | null {
  if (!existsSync(dbPath)) return '缓存不存在';
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== MIGRATIONS.length) return `缓存的数据版本 ${version} 与当前 ${MIGRATIONS.length} 不同`;
    const n = db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL')
      .get()?.n;
    return n === cases ? null : `缓存中有 ${n ?? 0} 件，需要 ${cases} 件`;
  } finally {
    db.close();
  }
}

/**
 * The seeded database in .cache/bench/cases-<N>-<seed>/, reused when it already holds N cases at the current
 * schema version. Otherwise it is seeded through services.demo.seed (the mutation path, timed per 500-case batch)
 * into a .partial directory that is renamed only when complete, and the floor seeding is timed beside it.
 */
/** Where ensureSeededDb caches the database of `cases` cases seeded with `seed`. */
export const fixtureDir = (cacheRoot: string, cases: number, seed: number): string =>
  join(cacheRoot, `cases-${cases}-${seed}`);

export function ensureSeededDb(cacheRoot: string, cases: number, seed: number): Fixture {
  const dir = fixtureDir(cacheRoot, cases, seed);
  const dbPath = join(dir, DB_FILE);
  const reason = staleReason(dbPath, cases);
  if (reason === null) return { dir, dbPath, seeding: null, note: `复用已有种子数据库 ${dir}` };

  process.stderr.write(`${reason}，重新生成 ${cases} 件案件（经由 mutation 路径）…\n`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const { app, actorId } = seedThroughMutations(partial, cases, seed);
  renameSync(partial, dir);
  process.stderr.write('对照组：同样的行直接写入另一个新数据库…\n');
  const floor = seedFloor(cases, seed, actorId);
  return { dir, dbPath, seeding: { cases, app, floor }, note: `新生成种子数据库 ${dir}` };
}

/**
 * Seeds `cases` cases into a fresh database in `dataDir` through services.demo.seed — the app's own write path,
 * so the outbox, shadow and audit fill as in real use — timing each 500-case batch. The WAL is checkpointed
 * into the file at the end, so the file's size is the data's.
 */
export function seedThroughMutations(
  dataDir: string,
  cases: number,
  seed: number,
): { app: BatchTimings; actorId: string } {
  const core = createAppCore({ dataDir, logger: quietLogger, now: benchNow });
  try {
    const admin = ensureDemoAdmin(core);
    if (!admin.ok) throw new Error(admin.message);
    const bar = createProgressBar(cases, '件');
    const batchMs: number[] = [];
    const start = process.hrtime.bigint();
    let last = start;
    const r = core.services.demo.seed(cases, admin.actor, {
      seed,
      onProgress: (done) => {
        const now = process.hrtime.bigint();
        batchMs.push(Number(now - last) / 1e6);
        last = now;
        bar.update(done);
      },
    });
    bar.finish();
    if (!r.ok) throw new Error(`生成演示数据失败：${r.error.message}`);
    const totalSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    return { app: { totalSeconds, batchMs }, actorId: admin.actor.id };
  } finally {
    core.close();
  }
}

/**
 * A throw-away copy of the seeded database, so timed writes never change the cache. It is flushed to disk
 * before timing starts; otherwise the first checkpoint's fsync would also pay for writing out the whole copy.
 */
export function workingCopy(fixture: Fixture, workDir: string): string {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const target = join(workDir, DB_FILE);
  copyFileSync(fixture.dbPath, target);
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return workDir;
}
