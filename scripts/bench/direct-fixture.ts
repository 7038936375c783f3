import { renameSync, rmSync } from 'node:fs';
import { createAppCore } from '../../electron/main/app-core';
import { generateDemoCase } from '../../electron/main/demo/generate-demo-case';
import { createRng } from '../../electron/main/demo/random';
import { uuidv7 } from '../../shared/util/uuid';
import { ensureDemoAdmin } from '../lib/demo-admin';
import { createProgressBar } from '../lib/progress';
import { quietLogger } from '../lib/quiet-logger';
import { caseAggregateRows, importedState } from './case-rows';
import { createDirectInserter } from './direct-insert';
import { createHlcStamp } from './hlc-stamp';
import { benchNow, benchNowIso } from './clock';
import { demoCaseContext, SEED_BATCH } from './seed-floor';

/**
 * `--direct-seed`: the cached database filled with the seed floor's direct INSERTs (the same generated cases,
 * same generator and seed) into an initialised app database, instead of through services.demo.seed. On a
 * busy machine the mutation path runs at 16–50 cases a second, hours for 100k; this takes minutes. What it
 * leaves out is what the floor leaves out — shadow, outbox and audit rows — so the list and search figures
 * stand (they read cases, case_reasons, parties and case_search, all written), the seeding and size figures
 * do not: the run says so.
 */
export function seedDirect(dir: string, cases: number, seed: number): void {
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const core = createAppCore({ dataDir: partial, logger: quietLogger, now: benchNow });
  try {
    const admin = ensureDemoAdmin(core);
    if (!admin.ok) throw new Error(admin.message);
    const officeId = admin.actor.officeId;
    if (officeId === null) throw new Error('管理员没有所属机构');
    const insert = createDirectInserter(core.db);
    const rng = createRng(seed);
    const ctx = demoCaseContext(officeId);
    const stamp = createHlcStamp();
    const bar = createProgressBar(cases, '件');
    for (let done = 0; done < cases;) {
      const n = Math.min(SEED_BATCH, cases - done);
      const nowIso = benchNowIso();
      const rows = Array.from({ length: n }, (_, i) => {
        const c = generateDemoCase(rng, ctx);
        return caseAggregateRows(c, importedState(c), {
          newId: () => uuidv7(),
          provisionalNo: `PROV-direct-${String(done + i + 1).padStart(7, '0')}`,
          actorId: admin.actor.id,
          nowIso,
          hlc: stamp(),
        });
      });
      core.db.transaction(() => rows.forEach((r) => insert.insert(r)))();
      done += n;
      bar.update(done);
    }
    bar.finish();
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    core.close();
  }
  renameSync(partial, dir);
}
