import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerCase } from '../../../tests/helpers/register-case';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { dayOf, isoOf } from '../../../shared/util/day-number';
import type { Actor } from '../mutations/types';

/**
 * A recompute of every open case in worker threads (deadline-workers.ts) against the same work on the app's
 * thread. The cores here use threads for any number of cases (`minCases: 0`) and tiny chunks, so a handful of
 * cases makes many messages to two threads.
 */
const DAY_MS = 86_400_000;
const clock = { ms: Date.parse('2026-09-15T02:00:00Z') };
let core: TestCore;
afterEach(() => core.dispose());

function workersCore(tuning: { chunk?: number; script?: string } = {}): Actor {
  clock.ms = Date.parse('2026-09-15T02:00:00Z');
  core = createTestCore({ now: () => clock.ms, deadlineWorkers: { minCases: 0, threads: 2, ...tuning } });
  return initialize(core);
}

function act(admin: Actor, caseId: string, action: string, occurredOn: string, payload = {}): void {
  const r = core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, admin);
  if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
}

/** Cases at different steps: registered, accepted, suspended, resumed, extended. */
function someCases(admin: Actor): string[] {
  const ids = [
    '2026-08-03',
    '2026-08-10',
    '2026-08-17',
    '2026-08-24',
    '2026-08-31',
    '2026-09-07',
    '2026-09-08',
  ].map((d) => registerCase(core, admin, d));
  const [, b, c, d, e] = ids as [string, string, string, string, string];
  for (const [id, on] of [
    [b, '2026-08-11'],
    [c, '2026-08-18'],
    [d, '2026-08-25'],
    [e, '2026-09-01'],
  ] as const)
    act(admin, id, 'arb.accept', on, { simple: false });
  const suspend = { reason: '一方当事人因不可抗拒的事由，不能参加仲裁', approvedBy: '王主任' };
  act(admin, c, 'arb.suspended', '2026-08-28', suspend);
  act(admin, d, 'arb.suspended', '2026-08-27', suspend);
  act(admin, d, 'arb.resumed', '2026-09-03');
  act(admin, e, 'arb.extended', '2026-09-10', { days: 10, approvedBy: '王主任', reasons: '案情复杂' });
  return ids;
}

/** A new wording and length for the award limit: every arbitration case accepted has a stale row then. */
function changeRules(admin: Actor, count = 50): void {
  const rules = core.services.deadlines.rulesForEditing().rules as { id: string; count: number }[];
  const edited = rules.map((r) =>
    r.id === 'arb.award_limit' ? { ...r, count, citation: `《测试依据》${count}` } : r,
  );
  const r = core.services.mutations.run('settings.set', { key: 'deadline.rules', value: edited }, admin);
  if (!r.ok) throw new Error(r.error.message);
}

/** The projection as stored: every row with its terms' text, and every digest. */
function stored(ids?: readonly string[]): { rows: unknown[]; digests: unknown[] } {
  const only = ids === undefined ? '' : 'WHERE case_id IN (SELECT value FROM json_each(@ids))';
  const rows = core.db
    .prepare(
      `SELECT d.case_id, d.rule_id, t.terms, d.start_date, d.due_date, d.status, d.completed_on, d.days_left,
         d.gap, d.basis FROM case_deadlines d JOIN deadline_rule_terms t ON t.id = d.terms_id
       ${only.replace('case_id', 'd.case_id')} ORDER BY d.case_id, d.rule_id`,
    )
    .all({ ids: JSON.stringify(ids ?? []) });
  const digests = core.db
    .prepare(`SELECT case_id, digest FROM case_deadline_digests ${only} ORDER BY case_id`)
    .all({ ids: JSON.stringify(ids ?? []) });
  return { rows, digests };
}

/** The same cases computed on this thread from nothing: every row removed, then refreshed as a mutation would. */
function serially(ids: readonly string[]): ReturnType<typeof stored> {
  const wipe = core.db.prepare('DELETE FROM case_deadlines WHERE case_id = ?');
  core.db.transaction(() => {
    for (const id of ids) wipe.run(id);
    core.services.deadlines.refresh(ids);
  })();
  return stored(ids);
}

/** What the last recompute logged: how many cases, and how many of them the worker threads did. */
function lastRecompute(): { cases: number; inWorkers: number } {
  const line = core.logs.filter((l) => l.includes('"deadlines recomputed"')).at(-1);
  if (line === undefined) throw new Error('no recompute logged');
  return JSON.parse(line) as { cases: number; inWorkers: number };
}

/**
 * The worker as the built app starts it: scripts/build.mjs's bundle (plain CommonJS, no tsx), written inside
 * the project as dist/main is, so its require('better-sqlite3') finds node_modules.
 */
let built = '';
beforeAll(() => {
  const cache = fileURLToPath(new URL('../../../.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  built = join(mkdtempSync(join(cache, 'deadline-worker-')), 'deadline-worker.cjs');
  const build = fileURLToPath(new URL('../../../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [build, '--deadline-worker', built]);
});
afterAll(() => rmSync(dirname(built), { recursive: true, force: true }));

/** A worker script that starts and never says it is ready (a thread stuck loading, as seen from the app). */
let never = '';
beforeAll(() => {
  never = join(dirname(built), 'never-ready.cjs');
  // It lets go when the app closes, as a real worker does, so closing does not wait out its timeout.
  writeFileSync(
    never,
    `const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m !== 'close') return;
  Atomics.store(workerData.released, 0, 1);
  Atomics.notify(workerData.released, 0);
  process.exit(0);
});
`,
  );
});

describe('recomputing every open case in worker threads', () => {
  it.each([
    ['the TypeScript source (through tsx)', false],
    ['the built bundle', true],
  ])(
    'writes exactly the rows and digests the app thread writes, after a rule change: %s',
    async (_, bundle) => {
      const admin = workersCore({ chunk: 2, ...(bundle ? { script: built } : {}) });
      const ids = someCases(admin);
      // Started ahead, so the threads take every chunk (none is done here while they start).
      expect(await core.services.deadlines.warm()).toBe(2);
      const before = stored();
      changeRules(admin);
      expect(await core.services.deadlines.recomputeAll()).toBe(ids.length);
      expect(lastRecompute()).toMatchObject({ cases: ids.length, inWorkers: ids.length });
      const parallel = stored();
      // The rule change moved the accepted cases' award limit: the workers' result is not the old projection.
      expect(parallel.rows).not.toEqual(before.rows);
      expect(serially(ids)).toEqual(parallel);
      expect(core.logs.filter((l) => l.includes('deadlines.worker'))).toEqual([]);
    },
  );

  it('writes nothing for an unchanged projection, and only the stale case’s rows otherwise', async () => {
    const admin = workersCore({ chunk: 2 });
    const ids = someCases(admin);
    await core.services.deadlines.warm();
    const total = core.db.prepare<[], { n: number }>('SELECT total_changes() AS n');
    const before = total.get()?.n;
    await core.services.deadlines.recomputeAll();
    expect(total.get()?.n).toBe(before);
    expect(lastRecompute().inWorkers).toBe(ids.length);

    const b = ids[1] as string;
    const fresh = core.services.repos.deadlines.listByCase(b);
    core.db
      .prepare("UPDATE case_deadlines SET due_date = '2000-01-01' WHERE case_id = ? AND rule_id = ?")
      .run(b, 'arb.award_limit');
    const mid = total.get()?.n ?? 0;
    await core.services.deadlines.recomputeAll();
    // The row written back, and the case's digest (dropped by the UPDATE's trigger) written anew.
    expect(total.get()?.n).toBe(mid + 2);
    expect(core.services.repos.deadlines.listByCase(b)).toEqual(fresh);
    expect(lastRecompute().inWorkers).toBe(ids.length);
  });

  it('keeps what a refresh during the recompute wrote, not the workers’ older result', async () => {
    const admin = workersCore({ chunk: 1 });
    someCases(admin);
    changeRules(admin);
    await core.services.deadlines.warm();
    // The last case's chunk is handed out only after the first reply (2 threads × 2 chunks ahead < 7 chunks).
    const open = core.services.repos.caseQuery.openCaseIds();
    const x = open.at(-1) as string;
    let refreshed: unknown = null;
    const seen: unknown[] = [];
    await core.services.deadlines.recomputeAll(() => {
      if (refreshed === null) {
        // A week later (the recompute computes as of the day it started) a step on case x refreshes it.
        clock.ms += 7 * DAY_MS;
        act(admin, x, 'arb.accept', isoOf(dayOf('2026-09-16')), { simple: false });
        refreshed = core.services.repos.deadlines.listByCase(x);
      } else seen.push(core.services.repos.deadlines.listByCase(x));
    });
    expect(seen.length).toBe(open.length - 1);
    for (const rows of seen) expect(rows).toEqual(refreshed);
    expect(core.services.repos.deadlines.listByCase(x)).toEqual(refreshed);
  });

  it('recomputes on the app thread when no worker can start, with the same result', async () => {
    const admin = workersCore({ chunk: 1, script: join(__dirname, 'no-such-worker.cjs') });
    const ids = someCases(admin);
    changeRules(admin);
    // Waited for, so the failure is logged before the recompute (which would not wait for it: see below).
    expect(await core.services.deadlines.warm()).toBe(0);
    expect(await core.services.deadlines.recomputeAll()).toBe(ids.length);
    expect(lastRecompute()).toMatchObject({ cases: ids.length, inWorkers: 0 });
    expect(core.logs.some((l) => l.includes('"where":"deadlines.worker"'))).toBe(true);
    const here = stored();
    expect(serially(ids)).toEqual(here);
    expect(here.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ terms: expect.stringContaining('《测试依据》50') })]),
    );
  });

  it('computes on the app thread while the threads are still starting, with the same result', async () => {
    // Threads that never become ready: without this thread's share the recompute would wait for them forever.
    const admin = workersCore({ chunk: 2, script: never });
    const ids = someCases(admin);
    changeRules(admin);
    expect(await core.services.deadlines.recomputeAll()).toBe(ids.length);
    expect(lastRecompute()).toMatchObject({ cases: ids.length, inWorkers: 0 });
    const here = stored();
    expect(serially(ids)).toEqual(here);
    expect(core.logs.filter((l) => l.includes('deadlines.worker'))).toEqual([]);
  });

  it('starts its threads ahead when asked (a rules page opened), and none without threads', async () => {
    const admin = workersCore({ chunk: 2 });
    const ids = someCases(admin);
    expect(await core.services.deadlines.warm()).toBe(2);
    await core.services.deadlines.recomputeAll();
    expect(lastRecompute()).toMatchObject({ cases: ids.length, inWorkers: ids.length });
    core.dispose();
    core = createTestCore({ now: () => clock.ms, deadlineWorkers: false });
    expect(await core.services.deadlines.warm()).toBe(0);
  });

  it('stays on the app thread below the threshold (the default core)', async () => {
    core = createTestCore({ now: () => clock.ms });
    const admin = initialize(core);
    registerCase(core, admin, '2026-09-01');
    await core.services.deadlines.recomputeAll();
    expect(lastRecompute()).toMatchObject({ cases: 1, inWorkers: 0 });
  });
});

describe('worker threads over random logs', () => {
  const TYPES = [
    'arb.accept',
    'arb.suspended',
    'arb.resumed',
    'arb.extended',
    'service.record',
    'arb.awarded',
  ];
  const step = fc.record({
    type: fc.constantFrom(...TYPES),
    after: fc.integer({ min: 0, max: 40 }),
    // One payload fits every type: the rules read only the fields they name.
    days: fc.integer({ min: 1, max: 15 }),
    document: fc.constantFrom(
      'application_copy',
      'defence_copy',
      'tribunal_notice',
      'hearing_notice',
      'award',
    ),
    addresseeRole: fc.constantFrom('applicant', 'respondent'),
    effectiveAfter: fc.integer({ min: 0, max: 10 }),
    final: fc.boolean(),
    outcome: fc.constantFrom('mixed', 'upheld'),
  });

  it('compute what the app thread computes for the same logs', async () => {
    const admin = workersCore({ chunk: 1 });
    const template = core.db.prepare<[string], Record<string, unknown>>(
      'SELECT * FROM events WHERE case_id = ? LIMIT 1',
    );
    let n = 0;
    const insert = (row: Record<string, unknown>) =>
      core.db
        .prepare(
          `INSERT INTO events (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
            .map((k) => `@${k}`)
            .join(', ')})`,
        )
        .run(row);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        async (logs) => {
          const ids = logs.map(() => registerCase(core, admin, '2026-08-03'));
          logs.forEach((log, i) => {
            const id = ids[i] as string;
            const base = template.get(id) as Record<string, unknown>;
            let day = dayOf('2026-08-04');
            for (const s of log) {
              day += s.after;
              const { type, after: _, effectiveAfter, ...fields } = s;
              const payload = JSON.stringify({ ...fields, effectiveOn: isoOf(day + effectiveAfter) });
              insert({ ...base, id: `random-${++n}`, type, occurred_on: isoOf(day), payload });
            }
          });
          await core.services.deadlines.warm();
          await core.services.deadlines.recomputeAll();
          const parallel = stored(ids);
          expect(serially(ids)).toEqual(parallel);
        },
      ),
      { numRuns: 12, seed: 20261207 },
    );
    expect(lastRecompute().inWorkers).toBeGreaterThan(0);
  });
});
