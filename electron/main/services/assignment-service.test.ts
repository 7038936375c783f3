import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptedCase as acceptedCaseOf, createArbitrators } from '../../../tests/helpers/ab-fixture';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

/** "Today" is a mutable clock so the test can move to "the next morning". */
let t = Date.parse('2026-09-07T01:00:00Z'); // Monday 2026-09-07, 09:00 in China
let core: TestCore;
let director: Actor;
let arb: string[];
beforeEach(() => {
  t = Date.parse('2026-09-07T01:00:00Z');
  core = createTestCore({ now: () => t });
  director = initialize(core);
  arb = createArbitrators(core, director, ['甲仲裁员', '乙仲裁员', '丙仲裁员']);
});
afterEach(() => core.dispose());

const acceptedCase = (): string => acceptedCaseOf(core, director);

describe('AB角 through the services', () => {
  it('proposes a balanced pair; the director accepts one and overrides another with a reason, both audited', () => {
    const c1 = acceptedCase();
    const p1 = core.services.assignment.proposal(c1);
    if (!p1.ok || !p1.value.proposal.ok) throw new Error('no proposal');
    const { a, b } = p1.value.proposal;
    expect(arb).toContain(a);
    expect(a).not.toBe(b);
    expect(
      core.services.assignment.assign({ caseId: c1, a, b, kind: 'proposal', reason: '' }, director).ok,
    ).toBe(true);
    const c2 = acceptedCase();
    const p2 = core.services.assignment.proposal(c2);
    if (!p2.ok || !p2.value.proposal.ok) throw new Error('no proposal');
    expect(p2.value.proposal.a).not.toBe(a); // rotation by workload
    const noReason = core.services.assignment.assign(
      { caseId: c2, a, b: p2.value.proposal.a, kind: 'override', reason: '' },
      director,
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const same = core.services.assignment.assign(
      { caseId: c2, a, b: a, kind: 'override', reason: '熟悉该企业' },
      director,
    );
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      core.services.assignment.assign(
        { caseId: c2, a, b: p2.value.proposal.a, kind: 'override', reason: '熟悉该企业' },
        director,
      ).ok,
    ).toBe(true);
    const audit = core.services.repos.audit.list().filter((x) => x.mutation === 'case.assign');
    expect(audit.map((x) => (x.after as { kind: string; reason: string }).kind)).toEqual([
      'proposal',
      'override',
    ]);
    expect((audit[1]?.after as { reason: string }).reason).toBe('熟悉该企业');
  });

  it('A’s deadlines appear in B’s 期限待办 exactly while A is away, and leave that clashes warns with a cover', () => {
    const c = acceptedCase();
    core.services.assignment.assign(
      { caseId: c, a: arb[0] as string, b: arb[1] as string, kind: 'override', reason: '测试' },
      director,
    );
    const mine = (id: string) =>
      core.services.deadlines
        .list('open', { kind: 'mine', staffId: id, caseIds: core.services.assignment.casesInMyList(id) })
        .filter((d) => d.caseId === c);
    expect(mine(arb[0] as string).length).toBeGreaterThan(0);
    expect(mine(arb[1] as string)).toEqual([]);
    // A goes on leave from tomorrow (Tue 09-08) to Wed 09-09.
    const r = core.services.assignment.recordLeave(
      { staffId: arb[0] as string, kind: 'leave', from: '2026-09-08', to: '2026-09-09' },
      director,
    );
    expect(r.ok).toBe(true);
    expect(mine(arb[1] as string)).toEqual([]); // today A is still here
    t = Date.parse('2026-09-08T00:30:00Z'); // the next morning, 08:30 in China
    expect(mine(arb[1] as string).length).toBeGreaterThan(0);
    expect(mine(arb[0] as string)).toEqual([]);
    t = Date.parse('2026-09-10T00:30:00Z'); // A is back
    expect(mine(arb[1] as string)).toEqual([]);
    expect(mine(arb[0] as string).length).toBeGreaterThan(0);
    // B's leave over a deadline day while A is away: warned, with a proposed cover.
    const serveDue = core.services.repos.deadlines.listByCase(c).find((d) => d.ruleId === 'arb.serve_copy')
      ?.dueDate as string;
    const conflicts = core.services.assignment.leaveConflicts({
      staffId: arb[1] as string,
      kind: 'training',
      from: '2026-09-08',
      to: serveDue,
    });
    t = Date.parse('2026-09-07T01:00:00Z');
    expect(conflicts.some((x) => x.caseId === c)).toBe(true);
    expect(conflicts.find((x) => x.caseId === c)?.cover?.staffId).toBe(arb[2]);
  });

  it('reassignment produces a handover sheet the new handler confirms', () => {
    const c = acceptedCase();
    core.services.assignment.assign(
      { caseId: c, a: arb[0] as string, b: arb[1] as string, kind: 'override', reason: '测试' },
      director,
    );
    const r = core.services.assignment.assign(
      { caseId: c, a: arb[2] as string, b: arb[1] as string, kind: 'reassign', reason: '原承办人调离' },
      director,
    );
    if (!r.ok) throw new Error(r.error.message);
    const rec = core.services.repos.rowReader.get('assignment', r.value.id);
    const handover = JSON.parse(rec?.handover ?? 'null') as { text: string[] };
    expect(handover.text.join('\n')).toContain('原承办人调离');
    const newA = { id: arb[2] as string, roles: ['arbitrator' as const], officeId: director.officeId };
    expect(core.services.assignment.confirmHandover(r.value.id, newA).ok).toBe(true);
    expect(core.services.assignment.confirmHandover(r.value.id, newA)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
