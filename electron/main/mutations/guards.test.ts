import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../shared/domain/reference-data';
import { acceptedCase, createArbitrators } from '../../../tests/helpers/ab-fixture';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';

/**
 * Each guard inside a mutation's planner, tried by the forbidden action through the real core (issue 15 item 6).
 * Every test was checked to fail with its guard deleted: without these, removing the check left the suite green.
 */
const NOW = Date.parse('2026-09-07T01:00:00Z'); // Monday 2026-09-07, 09:00 in China
let core: TestCore;
let director: Actor;

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
});
afterEach(() => core.dispose());

function person(username: string, roles: StaffRole[]): Actor {
  const r = core.services.staff.create(
    { officeId: director.officeId as string, name: username, username, password: 'password-123', roles },
    director,
  );
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.id, roles, officeId: director.officeId };
}

const leaveOf = (staffId: string) => ({ staffId, kind: 'leave', from: '2026-09-08', to: '2026-09-08' });
const relationOf = (staffId: string) => ({ staffId, partyName: '某某公司', relation: '亲属任职' });

describe('staff.recordLeave and staff.declareRelationship: only for oneself, unless director or admin', () => {
  it("refuses a clerk recording a colleague's leave or relationship, and writes nothing", () => {
    const clerk = person('clerk1', ['clerk']);
    const other = person('clerk2', ['clerk']);
    const leave = core.services.mutations.run('staff.recordLeave', leaveOf(other.id), clerk);
    expect(leave).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rel = core.services.mutations.run('staff.declareRelationship', relationOf(other.id), clerk);
    expect(rel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.services.repos.rowReader.list('leave', { staffId: other.id })).toEqual([]);
    expect(core.services.repos.rowReader.list('relationship', { staffId: other.id })).toEqual([]);
  });

  it('allows the clerk for themself and the director for anyone', () => {
    const clerk = person('clerk1', ['clerk']);
    expect(core.services.mutations.run('staff.recordLeave', leaveOf(clerk.id), clerk)).toMatchObject({
      ok: true,
    });
    expect(
      core.services.mutations.run('staff.declareRelationship', relationOf(clerk.id), clerk),
    ).toMatchObject({ ok: true });
    expect(core.services.mutations.run('staff.recordLeave', leaveOf(clerk.id), director)).toMatchObject({
      ok: true,
    });
  });
});

describe('case.confirmHandover: only the incoming A角 or the director', () => {
  it('refuses the outgoing A角 and a B角, and lets the incoming A角 confirm', () => {
    const [a0, a1, a2] = createArbitrators(core, director, ['甲', '乙', '丙']) as [string, string, string];
    const caseId = acceptedCase(core, director);
    const first = { caseId, a: a0, b: a1, kind: 'override', reason: '测试' } as const;
    expect(core.services.assignment.assign(first, director)).toMatchObject({ ok: true });
    // The service writes the handover sheet of a reassignment (the mutation alone carries none).
    const re = core.services.assignment.assign(
      { ...first, a: a2, kind: 'reassign', reason: '原承办人调离' },
      director,
    );
    if (!re.ok) throw new Error(re.error.message);
    const asArb = (id: string): Actor => ({ id, roles: ['arbitrator'], officeId: director.officeId });
    for (const who of [a0, a1]) {
      const refused = core.services.mutations.run(
        'case.confirmHandover',
        { assignmentId: re.value.id },
        asArb(who),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(
      core.services.repos.rowReader.get('assignment', re.value.id)?.handoverConfirmedAt ?? null,
    ).toBeNull();
    expect(
      core.services.mutations.run('case.confirmHandover', { assignmentId: re.value.id }, asArb(a2)),
    ).toMatchObject({ ok: true });
  });
});

describe('settings.set: an account without an office may not change settings', () => {
  it('refuses an actor without an office and allows the same person with theirs', () => {
    const args = { key: 'claim.synonyms', value: [] };
    const refused = core.services.mutations.run('settings.set', args, { ...director, officeId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!refused.ok && refused.error.message).toContain('没有所属机构');
    expect(core.services.mutations.run('settings.set', args, director)).toMatchObject({ ok: true });
  });
});

describe('case.transferToArbitration: only from a mediation case', () => {
  it('refuses an arbitration case as the source, and creates no case', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
      director,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const before = core.services.repos.rowReader.list('case', {}).length;
    const refused = core.services.mutations.run(
      'case.transferToArbitration',
      { mediationCaseId: reg.value.id, receivedDate: '2026-09-07' },
      director,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toContain('只有调解案件');
    expect(core.services.repos.rowReader.list('case', {}).length).toBe(before);
  });
});
