import { afterEach, describe, expect, it } from 'vitest';
import { registerCase } from '../../../tests/helpers/register-case';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/** "Today" is fixed at 2026-09-30 (China time), so the projection does not move with the day the test runs. */
const NOW = Date.parse('2026-09-30T02:00:00Z');
let core: TestCore;
afterEach(() => core.dispose());

function accept(admin: Actor, caseId: string, occurredOn: string): void {
  const r = core.services.mutations.run(
    'case.performAction',
    { caseId, action: 'arb.accept', occurredOn, payload: { simple: false } },
    admin,
  );
  if (!r.ok) throw new Error(r.error.message);
}

/** Every row write on case_deadlines from now on, by TEMP triggers (this connection only). */
function recordWrites(): () => { caseId: string; ruleId: string; op: string }[] {
  core.db.exec(`
    CREATE TEMP TABLE written (case_id TEXT, rule_id TEXT, op TEXT);
    CREATE TEMP TRIGGER written_i AFTER INSERT ON case_deadlines
      BEGIN INSERT INTO written VALUES (new.case_id, new.rule_id, 'insert'); END;
    CREATE TEMP TRIGGER written_u AFTER UPDATE ON case_deadlines
      BEGIN INSERT INTO written VALUES (new.case_id, new.rule_id, 'update'); END;
    CREATE TEMP TRIGGER written_d AFTER DELETE ON case_deadlines
      BEGIN INSERT INTO written VALUES (old.case_id, old.rule_id, 'delete'); END;`);
  const read = core.db.prepare<[], { caseId: string; ruleId: string; op: string }>(
    'SELECT case_id AS caseId, rule_id AS ruleId, op FROM written ORDER BY case_id, rule_id, op',
  );
  const clear = core.db.prepare('DELETE FROM written');
  return () => {
    const rows = read.all();
    clear.run();
    return rows;
  };
}

describe('recomputing the deadline projection of many cases', () => {
  it('writes nothing when nothing changed, and only the rows of a case whose projection is stale', async () => {
    core = createTestCore({ now: () => NOW });
    const admin = initialize(core);
    const ids = ['2026-08-31', '2026-09-07', '2026-09-14'].map((d) => registerCase(core, admin, d));
    const [a, b, c] = ids as [string, string, string];
    accept(admin, a, '2026-09-01');
    accept(admin, b, '2026-09-08');
    const fresh = Object.fromEntries(ids.map((id) => [id, core.services.repos.deadlines.listByCase(id)]));
    const total = core.db.prepare<[], { n: number }>('SELECT total_changes() AS n');
    const writes = recordWrites();

    const before = total.get()?.n;
    expect(await core.services.deadlines.recomputeAll()).toBe(3);
    expect(total.get()?.n).toBe(before);
    expect(writes()).toEqual([]);

    // Case b's projection goes stale three ways: a row changed, a row missing, a row no rule gives any more.
    core.db
      .prepare("UPDATE case_deadlines SET due_date = '2000-01-01' WHERE case_id = ? AND rule_id = ?")
      .run(b, 'arb.award_limit');
    core.db.prepare('DELETE FROM case_deadlines WHERE case_id = ? AND rule_id = ?').run(b, 'arb.serve_copy');
    core.db
      .prepare(
        `INSERT INTO case_deadlines (case_id, rule_id, terms_id, status, basis)
         SELECT case_id, 'arb.gone', terms_id, 'pending', basis FROM case_deadlines WHERE case_id = ? LIMIT 1`,
      )
      .run(b);
    writes();

    expect(await core.services.deadlines.recomputeAll()).toBe(3);
    expect(writes()).toEqual([
      { caseId: b, ruleId: 'arb.award_limit', op: 'insert' },
      { caseId: b, ruleId: 'arb.gone', op: 'delete' },
      { caseId: b, ruleId: 'arb.serve_copy', op: 'insert' },
    ]);
    for (const id of [a, b, c]) expect(core.services.repos.deadlines.listByCase(id)).toEqual(fresh[id]);
  });

  it('gives each case of a chunk its own log, as a refresh of that case alone would', () => {
    core = createTestCore({ now: () => NOW });
    const admin = initialize(core);
    const ids = ['2026-08-03', '2026-08-31', '2026-09-21'].map((d) => registerCase(core, admin, d));
    accept(admin, ids[1] as string, '2026-09-02');
    const alone = ids.map((id) => core.services.repos.deadlines.listByCase(id));
    expect(alone.map((rows) => rows.length > 1)).toEqual([false, true, false]);
    core.db.prepare('DELETE FROM case_deadlines').run();
    core.db.transaction(() => core.services.deadlines.refresh(ids))();
    expect(ids.map((id) => core.services.repos.deadlines.listByCase(id))).toEqual(alone);
  });
});
