import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CORRECTION_RULES } from '../../../shared/domain/case/correction-rules';
import { aCase } from '../../../tests/helpers/builders';
import { correctionsFixture, served, type CorrectionsFixture } from '../../../tests/helpers/corrections';
import type { Actor } from './types';

let fx: CorrectionsFixture;
let a: Actor;
let b: Actor;
let clerk: Actor;
let caseId: string;
let serviceId: string;
beforeEach(() => {
  fx = correctionsFixture();
  a = fx.staff('甲仲裁员', ['arbitrator']);
  b = fx.staff('乙仲裁员', ['arbitrator']);
  clerk = fx.staff('丙书记员', ['clerk']);
  caseId = fx.register({ receivedDate: '2026-11-02' });
  fx.step(caseId, 'arb.accept', '2026-11-03', { simple: false });
  serviceId = fx.step(caseId, 'service.record', '2026-11-04', served('application_copy', '2026-11-04'));
  fx.assignA(caseId, a, b);
});
afterEach(() => fx.core.dispose());

const renamed = () => {
  const d = fx.core.services.cases.get(caseId);
  if (!d.ok) throw new Error('detail');
  return {
    officeId: fx.officeId,
    receivedDate: '2026-11-02',
    reasons: ['overtime' as const],
    isCollective: false,
    isMigrantWage: false,
    parties: d.value.parties.map((p) =>
      p.kind === 'worker'
        ? { id: p.id, kind: 'worker' as const, role: 'applicant' as const, name: '张三丰' }
        : { id: p.id, kind: 'employer' as const, role: 'respondent' as const, name: p.name },
    ),
    claims: [],
  };
};

const attempt = {
  correctFacts: (by: Actor) =>
    fx.core.services.mutations.run('case.correct', { caseId, facts: renamed(), reason: '姓名有误' }, by),
  voidCase: (by: Actor) =>
    fx.core.services.mutations.run('case.void', { caseId, grounds: 'duplicate', reason: '重复登记' }, by),
  voidEvent: (by: Actor) =>
    fx.core.services.mutations.run('case.voidEvent', { caseId, eventId: serviceId, reason: '误录' }, by),
};

describe('who may correct what: the rule is checked inside each mutation', () => {
  it.each(['correctFacts', 'voidCase', 'voidEvent'] as const)(
    '%s: B角 and a clerk are refused with the rule’s reason; A角 may',
    (kind) => {
      const before = fx.outboxCount();
      for (const who of [b, clerk]) {
        const r = attempt[kind](who);
        expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        if (!r.ok) expect(r.error.message).toMatch(/^只有本案A角（承办人）或主任可以/);
      }
      expect(fx.outboxCount()).toBe(before);
      expect(attempt[kind](a).ok).toBe(true);
    },
  );

  it('restore: only the director, not even A角', () => {
    expect(attempt.voidCase(a).ok).toBe(true);
    const r = fx.core.services.mutations.run('case.restore', { caseId, reason: '误作废' }, a);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有主任可以恢复已作废的案件' },
    });
    expect(fx.core.services.mutations.run('case.restore', { caseId, reason: '误作废' }, fx.director).ok).toBe(
      true,
    );
  });

  it('the rule is data: a committee that lets B角 void records and the registrar correct unassigned cases', () => {
    const set = fx.core.services.mutations.run(
      'settings.set',
      {
        key: 'correction.rules',
        value: {
          ...DEFAULT_CORRECTION_RULES,
          voidEvent: ['b'],
          correctFacts: ['a', 'registrar', 'director'],
        },
      },
      fx.director,
    );
    expect(set.ok).toBe(true);
    expect(attempt.voidEvent(a)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有本案B角（协办人）可以作废办案记录' },
    });
    expect(attempt.voidEvent(b).ok).toBe(true);
    const reg = fx.core.services.mutations.run(
      'case.register',
      aCase(fx.officeId, { receivedDate: '2026-11-20' }),
      clerk,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const view = fx.core.services.corrections.view(reg.value.id, clerk);
    expect(view.ok && view.value.rights.correctFacts).toEqual({ allowed: true, reason: null });
    expect(view.ok && view.value.rights.voidCase.allowed).toBe(false);
  });

  it('the case page is told what this person may do, with the reason when not', () => {
    const asB = fx.core.services.corrections.view(caseId, b);
    expect(asB.ok && asB.value.rights).toEqual({
      correctFacts: { allowed: false, reason: '只有本案A角（承办人）或主任可以更正案件信息' },
      voidCase: { allowed: false, reason: '只有本案A角（承办人）或主任可以作废案件' },
      restoreCase: { allowed: false, reason: '案件未作废' },
      voidEvent: { allowed: false, reason: '只有本案A角（承办人）或主任可以作废办案记录' },
    });
    const asA = fx.core.services.corrections.view(caseId, a);
    expect(asA.ok && asA.value.rights.correctFacts.allowed).toBe(true);
    expect(asA.ok && asA.value.receiptDate).toBe('2026-11-02');
  });
});

describe('设置 › 更正权限 (correctionRules:get / set)', () => {
  it('shows the defaults, saves a committee’s rule, and goes back to the defaults', () => {
    const s = fx.core.services.corrections;
    expect(s.rules()).toEqual({ rules: DEFAULT_CORRECTION_RULES, custom: false });
    const mine = {
      ...DEFAULT_CORRECTION_RULES,
      correctFacts: ['a' as const, 'b' as const, 'director' as const],
    };
    expect(s.setRules(mine, fx.director)).toEqual({ ok: true, value: { saved: true } });
    expect(s.rules()).toEqual({ rules: mine, custom: true });
    // B角 may now correct the facts, through the same check every correction makes.
    expect(attempt.correctFacts(b).ok).toBe(true);
    expect(s.setRules(null, fx.director).ok).toBe(true);
    expect(s.rules()).toEqual({ rules: DEFAULT_CORRECTION_RULES, custom: false });
  });

  it('a clerk or an arbitrator may not change who may correct', () => {
    for (const who of [clerk, a]) {
      const r = fx.core.services.corrections.setRules({ ...DEFAULT_CORRECTION_RULES, voidCase: ['b'] }, who);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(fx.core.services.corrections.rules().custom).toBe(false);
  });
});
