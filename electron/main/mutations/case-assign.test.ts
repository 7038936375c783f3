import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSIGNMENT_SETTINGS } from '../../../shared/assignment';
import { isWorkday } from '../../../shared/calendar';
import { acceptedCase as acceptedCaseOf, createArbitrators } from '../../../tests/helpers/ab-fixture';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';

const NOW = Date.parse('2026-09-07T01:00:00Z'); // Monday 2026-09-07, 09:00 in China
let core: TestCore;
let director: Actor;
let arb: string[];

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
  arb = createArbitrators(core, director, ['甲仲裁员', '乙仲裁员']);
});
afterEach(() => core.dispose());

const acceptedCase = (): string => acceptedCaseOf(core, director);

const leave = (staffId: string, day: string) =>
  core.services.mutations.run('staff.recordLeave', { staffId, kind: 'leave', from: day, to: day }, director);

/**
 * 指定 A角/B角 through the real core and its shared planner (reference §4): the case's open deadlines are
 * computed from its log with the rules and calendar in force, so A and B both away on a working day a deadline
 * falls due is refused, naming the day; either of them present that day is allowed.
 */
describe('case.assign', () => {
  it('refuses A and B both away on a deadline day, and allows it when one of them is there', () => {
    const caseId = acceptedCase();
    const due = core.services.repos.deadlines
      .listByCase(caseId)
      .filter((d) => ['pending', 'overdue', 'paused'].includes(d.status))
      .map((d) => d.dueDate)
      .filter((d): d is string => d !== null && isWorkday(d))
      .sort()[0];
    if (due === undefined) throw new Error('an accepted case has a working-day deadline');
    expect(leave(arb[0] as string, due).ok).toBe(true);
    expect(leave(arb[1] as string, due).ok).toBe(true);
    const args = {
      caseId,
      a: arb[0] as string,
      b: arb[1] as string,
      kind: 'override',
      reason: '熟悉该企业',
    } as const;
    const refused = core.services.mutations.run('case.assign', args, director);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain(`在 ${due}`);
    expect(refused.error.message).toContain('均不在岗');
    expect(core.services.repos.cases.get(caseId)?.handlerId).toBeNull();

    const other = core.services.staff.create(
      {
        officeId: director.officeId as string,
        name: '丙仲裁员',
        username: 'arb2',
        password: 'password-123',
        roles: ['arbitrator'],
      },
      director,
    );
    if (!other.ok) throw new Error(other.error.message);
    const ok = core.services.mutations.run('case.assign', { ...args, b: other.value.id }, director);
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    const row = core.services.repos.cases.get(caseId);
    expect([row?.handlerId, row?.bHandlerId]).toEqual([arb[0], other.value.id]);
  });

  it("with the committee's same-parties rule on, refuses whoever handled an earlier case of the same parties", () => {
    const earlier = acceptedCase();
    const args = {
      a: arb[0] as string,
      b: arb[1] as string,
      kind: 'override',
      reason: '熟悉该企业',
    } as const;
    expect(core.services.mutations.run('case.assign', { ...args, caseId: earlier }, director).ok).toBe(true);
    const later = acceptedCase();
    const set = core.services.mutations.run(
      'settings.set',
      { key: 'assignment.settings', value: { ...DEFAULT_ASSIGNMENT_SETTINGS, recuseSameParties: true } },
      director,
    );
    expect(set.ok, JSON.stringify(set)).toBe(true);
    const refused = core.services.mutations.run('case.assign', { ...args, caseId: later }, director);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok) expect(refused.error.message).toContain('曾办理同一当事人的案件');
    core.services.mutations.run(
      'settings.set',
      { key: 'assignment.settings', value: { ...DEFAULT_ASSIGNMENT_SETTINGS, recuseSameParties: false } },
      director,
    );
    expect(core.services.mutations.run('case.assign', { ...args, caseId: later }, director).ok).toBe(true);
  });
});
