import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/main/db/connection';
import { migrate } from '../../electron/main/db/migrate';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { generateDemoCase } from '../../electron/main/demo/generate-demo-case';
import { createRng } from '../../shared/util/seeded-random';
import { todayInChina } from '../../shared/util/clock';
import { newCompactId } from '../../shared/util/compact-id';
import { caseAggregateRows, importedState } from './case-rows';
import { createDirectInserter } from './direct-insert';
import { createHlcStamp } from './hlc-stamp';
import { BENCH_NOW, benchNowIso } from './clock';

/** services.demo.seed commits one transaction per 500 cases (demo-service.ts BATCH); the floor does the same. */
export const SEED_BATCH = 500;

/** What generateDemoCase needs for the bench's office: its 案号 prefix, the pinned day, 案号 counters per year. */
export function demoCaseContext(officeId: string) {
  const counters = new Map<number, number>();
  const nextOfficialSeq = (year: number) => {
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return n;
  };
  return { officeId, shortName: '示劳', baseDate: todayInChina(BENCH_NOW), nextOfficialSeq };
}

export type BatchTimings = { totalSeconds: number; batchMs: number[] };

/**
 * Floor for seeding: the same generated cases (same generator, same seed), inserted directly into a second,
 * freshly migrated database with the prepared INSERTs of direct-insert.ts, one transaction per batch of 500.
 * Each batch's time includes generating its cases, exactly as the app's batch time does (demo.seed generates
 * a batch, then commits it); what the floor leaves out is validation, shadow, outbox and audit.
 */
export function seedFloor(count: number, seed: number, actorId: string): BatchTimings {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-bench-floor-'));
  const db = openDatabase(join(dir, 'floor.sqlite'));
  try {
    migrate(db, MIGRATIONS);
    const insert = createDirectInserter(db);
    const officeId = newCompactId();
    insert.insertOffice(officeId, '示劳');
    const rng = createRng(seed);
    const ctx = demoCaseContext(officeId);
    const stamp = createHlcStamp();
    let provisional = 0;
    const batchMs: number[] = [];
    const start = process.hrtime.bigint();
    for (let done = 0; done < count;) {
      const n = Math.min(SEED_BATCH, count - done);
      const t0 = process.hrtime.bigint();
      const nowIso = benchNowIso();
      const rows = Array.from({ length: n }, () => {
        const c = generateDemoCase(rng, ctx);
        provisional += 1;
        return caseAggregateRows(c, importedState(c), {
          newId: newCompactId,
          provisionalNo: `PROV-floor0-${String(provisional).padStart(6, '0')}`,
          actorId,
          nowIso,
          hlc: stamp(),
        });
      });
      db.transaction(() => rows.forEach((r) => insert.insert(r)))();
      batchMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      done += n;
    }
    return { totalSeconds: Number(process.hrtime.bigint() - start) / 1e9, batchMs };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
