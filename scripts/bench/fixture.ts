import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createAppCore, DB_FILE } from '../../electron/main/app-core';
import { openDatabase } from '../../electron/main/db/connection';
import { DEV_KEY_FILE, devKeyStore } from '../../electron/main/db/db-key';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { ensureDemoAdmin } from '../lib/demo-admin';
import { createProgressBar } from '../lib/progress';
import { quietLogger } from '../lib/quiet-logger';
import { seedDirect } from './direct-fixture';
import { seedFloor, type BatchTimings } from './seed-floor';
import { benchNow } from './clock';

export type SeedingReport = { cases: number; app: BatchTimings; floor: BatchTimings };

/** `direct`: the cache was filled by --direct-seed (no outbox, audit or shadow rows; see direct-fixture.ts). */
export type Fixture = {
  dir: string;
  dbPath: string;
  seeding: SeedingReport | null;
  note: string;
  direct: boolean;
};

/** The mark a direct-seeded cache carries, so a later run reusing it still says how it was made. */
const DIRECT_MARK = 'direct-seeded';
/** The mark's text; a direct cache marked otherwise was made before open cases had walked logs, and is remade. */
const DIRECT_MARK_TEXT = 'filled by scripts/bench/direct-fixture.ts, open cases walked\n';

/**
 * The key of a bench database: the development key file beside it (the core made it when it created the file),
 * or none for a cache written before encryption, which the core then encrypts on its first open.
 */
export const benchKeyOf = (dbPath: string): Buffer | undefined =>
  devKeyStore(dirname(dbPath)).load() ?? undefined;

/** Copies a bench database with its key (the database alone cannot be opened). */
export function copyDatabaseWithKey(from: string, to: string): void {
  copyFileSync(from, to);
  const key = join(dirname(from), DEV_KEY_FILE);
  if (existsSync(key)) copyFileSync(key, join(dirname(to), DEV_KEY_FILE));
}

/** Why the cached database cannot be reused, or null when it can. */
export function staleReason(dbPath: string, cases: number): string | null {
  if (!existsSync(dbPath)) return '缓存不存在';
  const db = openDatabase(dbPath, { readonly: true, key: benchKeyOf(dbPath) });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    // An older cache is brought forward by upgradeCache instead (its migrations backfill what they add).
    if (version > MIGRATIONS.length) return `缓存的数据版本 ${version} 比当前 ${MIGRATIONS.length} 新`;
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

export function ensureSeededDb(cacheRoot: string, cases: number, seed: number, direct = false): Fixture {
  const dir = fixtureDir(cacheRoot, cases, seed);
  const dbPath = join(dir, DB_FILE);
  const mark = join(dir, DIRECT_MARK);
  const reason =
    existsSync(mark) && readFileSync(mark, 'utf8') !== DIRECT_MARK_TEXT
      ? '直接写入的缓存没有未结案件的办案步骤'
      : staleReason(dbPath, cases);
  if (reason === null) {
    const t0 = process.hrtime.bigint();
    const from = upgradeCache(dbPath);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const how =
      from === null
        ? ''
        : `（已从数据版本 ${from} 迁移到 ${MIGRATIONS.length}，用时 ${seconds.toFixed(1)} 秒）`;
    const wasDirect = existsSync(join(dir, DIRECT_MARK));
    const made = wasDirect ? '（直接写入，无 outbox/审计/影子行）' : '';
    return { dir, dbPath, seeding: null, note: `复用已有种子数据库 ${dir}${made}${how}`, direct: wasDirect };
  }
  if (direct) {
    process.stderr.write(`${reason}，直接写入 ${cases} 件案件（--direct-seed，不经 mutation 路径）…\n`);
    seedDirect(dir, cases, seed);
    writeFileSync(mark, DIRECT_MARK_TEXT);
    return { dir, dbPath, seeding: null, note: `新生成种子数据库 ${dir}（直接写入）`, direct: true };
  }

  process.stderr.write(`${reason}，重新生成 ${cases} 件案件（经由 mutation 路径）…\n`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const { app, actorId } = seedThroughMutations(partial, cases, seed);
  renameSync(partial, dir);
  process.stderr.write('对照组：同样的行直接写入另一个新数据库…\n');
  const floor = seedFloor(cases, seed, actorId);
  return { dir, dbPath, seeding: { cases, app, floor }, note: `新生成种子数据库 ${dir}`, direct: false };
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
 * Runs the migrations a cached database lacks, so a schema change does not cost a new seeding (hours at 100k
 * cases on a busy machine). The app's runner is not used because it first writes a backup copy of the whole
 * file, which a cache rebuilt from a seed does not need; each migration still runs in its own transaction.
 * Returns the version it started from, or null when the cache was current.
 */
function upgradeCache(dbPath: string): number | null {
  const db = openDatabase(dbPath, { key: benchKeyOf(dbPath) });
  try {
    const from = db.pragma('user_version', { simple: true }) as number;
    if (from === MIGRATIONS.length) return null;
    process.stderr.write(`迁移缓存的种子数据库：数据版本 ${from} → ${MIGRATIONS.length}…\n`);
    for (const m of MIGRATIONS.slice(from))
      db.transaction(() => {
        if (typeof m.up === 'string') db.exec(m.up);
        else m.up(db);
        db.pragma(`user_version = ${m.version}`);
      })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return from;
  } finally {
    db.close();
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
  copyDatabaseWithKey(fixture.dbPath, target);
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return workDir;
}
