import type { AppCore } from '../../electron/main/app-core';
import { generateDemoCase } from '../../electron/main/demo/generate-demo-case';
import { createRng } from '../../shared/util/seeded-random';
import type { Actor } from '../../electron/main/mutations/types';
import type { ImportCaseInput, RegisterCaseInput } from '../../shared/domain/case/case.schema';
import { todayInChina } from '../../shared/util/clock';
import { newCompactId } from '../../shared/util/compact-id';
import { caseAggregateRows, RECEIVED_STATE } from './case-rows';
import { createDirectInserter } from './direct-insert';
import { createHlcStamp } from './hlc-stamp';
import { measurePair, type RunPlan, type Stats } from './timing';
import { BENCH_NOW, benchNowIso } from './clock';

/** A generated case as a registration: the import-only fields (status, dates, official number) removed. */
export function asRegistration(c: ImportCaseInput): RegisterCaseInput {
  return {
    kind: c.kind,
    officeId: c.officeId,
    receivedDate: c.receivedDate,
    reasons: c.reasons,
    isCollective: c.isCollective,
    ...(c.workerCount !== undefined ? { workerCount: c.workerCount } : {}),
    isMigrantWage: c.isMigrantWage,
    summary: c.summary,
    parties: c.parties,
    claims: c.claims,
  };
}

/**
 * (a) One mutation commit: services.mutations.run('case.register', …) against the floor, which writes the same
 * rows (cases, case_reasons, parties, claims, events, case_search → FTS) with prepared INSERTs in one
 * transaction on the same connection and file. The floor leaves out exactly the app's layers: zod validation,
 * the role check, the provisional-number counter, shadow snapshots, the outbox and audit rows, and the mapping
 * of input to rows (its rows are built before the clock starts). Both commit with the app's pragmas
 * (WAL, synchronous=FULL), so both pay the same fsync.
 */
export function benchRegister(
  core: AppCore,
  actor: Actor,
  plan: RunPlan,
  seed: number,
): { app: Stats; floor: Stats } {
  const office =
    core.services.repos.offices.get(actor.officeId ?? '') ?? core.services.repos.offices.list()[0];
  if (!office) throw new Error('没有办案机构');
  const rng = createRng(seed ^ 0x5eed);
  const ctx = {
    officeId: office.id,
    shortName: office.shortName,
    baseDate: todayInChina(BENCH_NOW),
    nextOfficialSeq: () => 1,
  };
  const total = plan.warmup + plan.runs;
  const appInputs = Array.from({ length: total }, () => asRegistration(generateDemoCase(rng, ctx)));
  const floorInputs = Array.from({ length: total }, () => generateDemoCase(rng, ctx));
  const insert = createDirectInserter(core.db);
  const commit = core.db.transaction((rows: Parameters<typeof insert.insert>[0]) => insert.insert(rows));
  const stamp = createHlcStamp();
  const runId = Date.now().toString(36).slice(-6);

  return measurePair(
    plan,
    (i) => {
      const input = appInputs[i];
      return () => {
        const r = core.services.mutations.run('case.register', input, actor);
        if (!r.ok) throw new Error(`登记失败：${r.error.message}`);
      };
    },
    (i) => {
      const input = floorInputs[i];
      if (!input) throw new Error('missing input');
      const rows = caseAggregateRows(input, RECEIVED_STATE, {
        newId: newCompactId,
        provisionalNo: `PROV-F${runId}-${String(i + 1).padStart(6, '0')}`,
        actorId: actor.id,
        nowIso: benchNowIso(),
        hlc: stamp(),
      });
      return () => commit(rows);
    },
  );
}
