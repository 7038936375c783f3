import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { ev, served, ACCEPTED, run, one } from '../../tests/helpers/deadline-rules';

// Court-facing periods (§1.3 A18–A19) and mediation (§1.2 M2, M4, M7).

describe('court-facing periods (law arts 48–50): natural days, rolled forward', () => {
  it('worker may sue within 15 days of the award’s service; 2026-09-20 + 15 = 10-05 (holiday) → 10-08', () => {
    const d = one(
      [
        ...ACCEPTED,
        ev('arb.awarded', '2026-09-18', { final: true }),
        served('award', 'applicant', '2026-09-20'),
      ],
      'arb.worker_suit',
      '2026-09-21',
    );
    expect(d).toMatchObject({ dueDate: '2026-10-08', rolledFrom: '2026-10-05', responsible: 'applicant' });
    expect(d.explanation).toContain('→ 2026-10-05，末日 2026-10-05 为休息日，顺延至 2026-10-08');
  });
  it('employer’s 30 days to apply for revocation only for a final award; 15 days to sue for a non-final one', () => {
    const base = [...ACCEPTED, served('award', 'respondent', '2026-09-20')];
    const final = run(
      [...base.slice(0, 2), ev('arb.awarded', '2026-09-18', { final: true }), base[2] as ProcedureEvent],
      '2026-09-21',
    ).map((d) => d.ruleId);
    expect(final).toContain('arb.employer_revoke');
    expect(final).not.toContain('arb.employer_suit');
    const nonFinal = run(
      [...base.slice(0, 2), ev('arb.awarded', '2026-09-18', { final: false }), base[2] as ProcedureEvent],
      '2026-09-21',
    );
    expect(nonFinal.map((d) => d.ruleId)).not.toContain('arb.employer_revoke');
    expect(nonFinal.find((d) => d.ruleId === 'arb.employer_suit')?.dueDate).toBe('2026-10-08');
  });
  it('a 部分终局 award (two 裁决书) gives the employer both: 30 days to apply against 之一, 15 days to sue on 之二', () => {
    const base = [...ACCEPTED, served('award', 'respondent', '2026-09-20')];
    const mixed = run(
      [
        ...base.slice(0, 2),
        ev('arb.awarded', '2026-09-18', { final: false, outcome: 'mixed' }),
        base[2] as ProcedureEvent,
      ],
      '2026-09-21',
    );
    expect(mixed.find((d) => d.ruleId === 'arb.employer_revoke_partial')?.dueDate).toBe('2026-10-20');
    expect(mixed.find((d) => d.ruleId === 'arb.employer_suit')?.dueDate).toBe('2026-10-08');
    expect(mixed.map((d) => d.ruleId)).not.toContain('arb.employer_revoke');
  });
});

describe('mediation (law art 14; 办案规则 art 74)', () => {
  const received = [ev('case.received', '2026-09-01')];
  it('only mediation rules apply to a mediation case', () => {
    const ids = run(received, '2026-09-02', officialCalendar, 'mediation').map((d) => d.ruleId);
    expect(ids).toEqual(['med.accept_review', 'med.fifteen_days']);
  });
  it('3 working days to accept; 15 natural days from receipt, not rolled forward', () => {
    const ds = run(received, '2026-09-02', officialCalendar, 'mediation');
    expect(ds.map((d) => d.dueDate)).toEqual(['2026-09-04', '2026-09-16']);
  });
  it('an agreement completes the 15 days and starts the 15-day joint review', () => {
    const ds = run(
      [...received, ev('med.accept', '2026-09-02'), ev('med.agreement', '2026-09-20')],
      '2026-09-21',
      officialCalendar,
      'mediation',
    );
    expect(ds.find((d) => d.ruleId === 'med.fifteen_days')).toMatchObject({
      status: 'met_late',
      completedOn: '2026-09-20',
    });
    // 2026-09-20 + 15 = 10-05, in the National Day holiday → 10-08
    expect(ds.find((d) => d.ruleId === 'med.joint_review')).toMatchObject({
      dueDate: '2026-10-08',
      rolledFrom: '2026-10-05',
      responsible: 'parties',
    });
  });
});
