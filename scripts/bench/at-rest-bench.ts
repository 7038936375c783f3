import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { connect, openDatabase, type Db } from '../../electron/main/db/connection';
import { createCaseQueryRepo } from '../../electron/main/db/repositories/case-query.repo';
import { generateDemoCase } from '../../electron/main/demo/generate-demo-case';
import { createRng } from '../../shared/util/seeded-random';
import type { ListCasesArgs } from '../../shared/domain/case/case.schema';
import { newCompactId } from '../../shared/util/compact-id';
import { caseAggregateRows, RECEIVED_STATE } from './case-rows';
import { benchNowIso } from './clock';
import { demoCaseContext } from './seed-floor';
import { createDirectInserter } from './direct-insert';
import { createHlcStamp } from './hlc-stamp';
import { page, type SearchTerms } from './list-bench';
import type { MetricRow } from './report';
import { measurePair, type RunPlan } from './timing';

/**
 * The cost of encryption at rest (issue 15 item 1): the same work on the same data, encrypted (ChaCha20-Poly1305
 * pages, the app's file) against a plain copy made for the run — "app" is encrypted, "floor" is plain, so the
 * ratio is what encryption costs. Both connections have the app's pragmas (WAL, synchronous=FULL). Measured: the
 * app's own list and search queries (warm: SQLite's page cache holds decrypted pages), the same after opening a
 * new connection (cold for SQLite: every page read is decrypted), one registration's rows committed (the
 * repositories' INSERTs and the search triggers, with fsync), and a backup copy (VACUUM INTO).
 */
export function benchAtRest(
  encryptedFile: string,
  key: Buffer,
  officeId: string,
  actorId: string,
  terms: SearchTerms,
  plan: RunPlan,
  seed: number,
): MetricRow[] {
  const plainFile = join(encryptedFile, '..', 'plain-copy.sqlite');
  const wipe = () => {
    for (const f of [plainFile, `${plainFile}-wal`, `${plainFile}-shm`, `${plainFile}-journal`])
      rmSync(f, { force: true });
  };
  wipe();
  const enc = openDatabase(encryptedFile, { key });
  enc.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(encryptedFile, plainFile);
  const decrypt = connect(plainFile, { key });
  decrypt.pragma('journal_mode = DELETE');
  decrypt.pragma("rekey = ''");
  decrypt.close();
  const plain = openDatabase(plainFile);
  const rows: MetricRow[] = [];
  const pair = (k: string, label: string, app: (db: Db, i: number) => () => void) => {
    const r = measurePair(
      plan,
      (i) => app(enc, i),
      (i) => app(plain, i),
    );
    rows.push({ key: `atRest.${k}`, label: `加密/明文：${label}`, ...r });
  };
  try {
    const lists: [string, string, ListCasesArgs][] = [
      ['list.firstPage', '列表 全部 首页', page({})],
      ['search.fullName', `搜索 姓名「${terms.fullName}」`, page({ query: terms.fullName })],
      ['search.idNumber', '搜索 18位身份证号', page({ query: terms.idNumber })],
    ];
    const repos = new Map([enc, plain].map((db) => [db, createCaseQueryRepo(db)]));
    for (const [k, label, args] of lists) pair(k, label, (db) => () => void repos.get(db)?.list(args));
    pair('cold.firstPage', '新连接 + 列表首页（页缓存为空）', (db) => () => {
      const file = db === enc ? encryptedFile : plainFile;
      const fresh = openDatabase(file, db === enc ? { key } : {});
      try {
        createCaseQueryRepo(fresh).list(page({}));
      } finally {
        fresh.close();
      }
    });
    const rng = createRng(seed ^ 0xa7e5);
    const ctx = demoCaseContext(officeId);
    const stamp = createHlcStamp();
    const inserters = new Map([enc, plain].map((db) => [db, createDirectInserter(db)]));
    const commits = new Map(
      [enc, plain].map((db) => [
        db,
        db.transaction((r: Parameters<ReturnType<typeof createDirectInserter>['insert']>[0]) =>
          inserters.get(db)?.insert(r),
        ),
      ]),
    );
    let n = 0;
    pair('register.commit', '登记一件案件的行（一次提交，含搜索索引与 fsync）', (db) => {
      const r = caseAggregateRows(generateDemoCase(rng, ctx), RECEIVED_STATE, {
        newId: newCompactId,
        provisionalNo: `PROV-AR-${String(++n).padStart(6, '0')}`,
        actorId,
        nowIso: benchNowIso(),
        hlc: stamp(),
      });
      return () => commits.get(db)?.(r);
    });
    const copyPlan = { warmup: Math.min(1, plan.warmup), runs: Math.min(5, plan.runs) };
    const r = measurePair(
      copyPlan,
      () => () => backupOnce(enc, `${encryptedFile}.bench-copy`),
      () => () => backupOnce(plain, `${plainFile}.bench-copy`),
    );
    rows.push({ key: 'atRest.backup', label: '加密/明文：备份一份（VACUUM INTO）', ...r });
  } finally {
    enc.close();
    plain.close();
    wipe();
  }
  return rows;
}

function backupOnce(db: Db, file: string): void {
  rmSync(file, { force: true });
  db.prepare('VACUUM INTO ?').run(file);
  rmSync(file, { force: true });
}
