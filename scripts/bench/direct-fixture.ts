import { renameSync, rmSync } from 'node:fs';
import { createAppCore } from '../../electron/main/app-core';
import { generateDemoCase } from '../../electron/main/demo/generate-demo-case';
import { createRng } from '../../shared/util/seeded-random';
import { newCompactId } from '../../shared/util/compact-id';
import { ensureDemoAdmin } from '../lib/demo-admin';
import { createProgressBar } from '../lib/progress';
import { quietLogger } from '../lib/quiet-logger';
import { walkOpenCase } from '../../electron/main/demo/demo-walk';
import { parseActionPayload } from '../../shared/mutations/planners/case-perform-action';
import { caseAggregateRows, importedState, type CaseAggregateRows, type Row } from './case-rows';
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
 *
 * An open case gets the log the mutation path gives it (demo-walk.ts: registration, then acceptance, service,
 * tribunal, hearing notice, suspension … with each payload parsed by its action's schema), so the deadline
 * recompute has real periods to count; closed cases stay historical imports, as there. The walks draw from
 * their own generator (seed + 1), so the case rows — and the list and search figures — are the ones a cache
 * made before the walks had. Not written: what a step projects onto the case row (the row keeps the generated
 * status and numbers) and the fields a mutation's prepare adds (a service's deemed date; the engine falls back
 * to the served date, the same day here).
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
    const walkRng = createRng(seed + 1);
    // Ids in the tribunal's payload only; the deadline engine never looks them up.
    const arbitrators = [newCompactId(), newCompactId(), newCompactId()];
    const ctx = demoCaseContext(officeId);
    const stamp = createHlcStamp();
    const bar = createProgressBar(cases, '件');
    for (let done = 0; done < cases;) {
      const n = Math.min(SEED_BATCH, cases - done);
      const nowIso = benchNowIso();
      const rows = Array.from({ length: n }, (_, i) => {
        const c = generateDemoCase(rng, ctx);
        const open = c.status !== 'closed' && c.status !== 'archived';
        const state = importedState(c);
        const rows = caseAggregateRows(c, open ? { ...state, eventType: 'case.received' } : state, {
          newId: newCompactId,
          provisionalNo: `PROV-direct-${String(done + i + 1).padStart(7, '0')}`,
          actorId: admin.actor.id,
          nowIso,
          hlc: stamp(),
        });
        return {
          rows,
          steps: open
            ? walkedEvents(
                rows,
                walkOpenCase(walkRng, c, String(rows.caseRow['id']), ctx.baseDate, arbitrators),
                stamp,
              )
            : [],
        };
      });
      core.db.transaction(() =>
        rows.forEach((r) => {
          insert.insert(r.rows);
          r.steps.forEach((e) => insert.insertEvent(e));
        }),
      )();
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

/** The events a walk's performAction steps append (the registration step is the aggregate's own event). */
function walkedEvents(
  rows: CaseAggregateRows,
  steps: ReturnType<typeof walkOpenCase>,
  stamp: () => string,
): Row[] {
  const received = rows.event;
  return steps.flatMap((step) => {
    if (step.name !== 'case.performAction') return [];
    const args = step.args as { action: string; occurredOn: string; payload: unknown };
    const { payload } = parseActionPayload(args);
    return [
      {
        ...received,
        id: newCompactId(),
        type: args.action,
        occurredOn: args.occurredOn,
        payload: JSON.stringify(payload),
        hlc: stamp(),
      },
    ];
  });
}
