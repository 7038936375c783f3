import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

let core: TestCore;
let admin: Actor;
let caseId: string;
beforeEach(() => {
  core = createTestCore();
  admin = initialize(core);
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { reasons: ['unlawful_termination'] }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  caseId = reg.value.id;
});
afterEach(() => core.dispose());

const APPLICANT = {
  claimedAmountFen: 16_000_000,
  workerChoice: 'damages',
  noticeDate: '2025-09-30',
  terminationReason: '以经营困难为由口头辞退',
  provisionRelied: 'other',
  startDate: '2019-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
  cityAvgMonthlyWageFen: 800_000,
  minMonthlyWageFen: 249_000,
};

const save = (side: 'applicant' | 'respondent' | 'findings', data: unknown) =>
  core.services.elements.save(
    { caseId, templateId: 'unlawful_termination', templateVersion: 1, side, data },
    admin,
  );

describe('要素式 through the mutation path', () => {
  it('saves both sides, compares them, and flags an over-claim with the calculator’s explanation', () => {
    expect(save('applicant', APPLICANT)).toMatchObject({ ok: true });
    expect(
      save('respondent', {
        startDate: { stance: 'deny', value: '2020-03-15' },
        endDate: { stance: 'admit' },
        avgMonthlyWageFen: { stance: 'deny', value: 600_000 },
        terminationReason: { stance: 'admit' },
      }),
    ).toMatchObject({ ok: true });
    const view = core.services.elements.caseView(caseId);
    if (!view.ok) throw new Error(view.error.message);
    const cmp = view.value.comparisons.find((c) => c.templateId === 'unlawful_termination');
    const state = (key: string) => cmp?.elements.find((e) => e.key === key)?.state;
    expect(state('startDate')).toBe('disputed');
    expect(state('endDate')).toBe('agreed');
    expect(state('avgMonthlyWageFen')).toBe('disputed');
    expect(state('noticeDate')).toBe('not_addressed');
    expect(view.value.focus.some((l) => l.includes('2019-03-15') && l.includes('2020-03-15'))).toBe(true);
    const check = view.value.claimChecks.find((c) => c.claimType === 'unlawful_termination');
    // 2 × 7 months × 9,000.00 = 126,000.00 claimed 160,000.00 → over-claim by 34,000.00
    expect(check?.computed?.amountFen).toBe(12_600_000);
    const over = check?.flags.find((f) => f.severity === 'over_claim');
    expect(over?.message).toContain('160,000.00');
    expect(over?.message).toContain('126,000.00');
    expect(view.value.params.every((p) => p.sample)).toBe(true);
  });

  it('refuses invalid answers with messages naming the element, and writes nothing', () => {
    const before = core.services.repos.outbox.list().length;
    const r = save('applicant', { ...APPLICANT, avgMonthlyWageFen: -1, noticeDate: '2025-02-30' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) {
      const msgs = (r.error.details as { issues: { message: string }[] }).issues
        .map((i) => i.message)
        .join('|');
      expect(msgs).toMatch(/平均工资|工资/);
      expect(msgs).toMatch(/通知/);
    }
    expect(core.services.repos.outbox.list().length).toBe(before);
  });

  it('keeps the template version a case was filled with when a new version is added', () => {
    expect(save('applicant', APPLICANT).ok).toBe(true);
    const current = core.services.elements
      .templates()
      .templates.find((t) => t.id === 'unlawful_termination' && t.version === 1);
    if (!current) throw new Error('missing template');
    const v2 = { ...current, version: 2, title: `${current.title}（第二版）` };
    expect(core.services.elements.saveTemplate(v2, admin)).toEqual({
      ok: true,
      value: { id: 'unlawful_termination', version: 2 },
    });
    expect(core.services.elements.saveTemplate(v2, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(core.services.elements.saveTemplate({ ...v2, version: 3, groups: [] }, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const view = core.services.elements.caseView(caseId);
    expect(view.ok && view.value.templates.find((t) => t.id === 'unlawful_termination')?.version).toBe(1);
  });
});

describe('time-barred parts of a claim', () => {
  it('are flagged for the arbitrator, never subtracted', () => {
    const reg = core.services.mutations.run(
      'case.register',
      aCase(admin.officeId as string, {
        receivedDate: '2026-09-01',
        reasons: ['double_wages'],
        limitation: {
          knewOn: '2025-03-10',
          employmentEndedOn: '2025-08-31',
          interruptions: [],
          suspensions: [],
        },
      }),
      admin,
    );
    if (!reg.ok) throw new Error(reg.error.message);
    const saved = core.services.elements.save(
      {
        caseId: reg.value.id,
        templateId: 'double_wages',
        templateVersion: 1,
        side: 'applicant',
        data: {
          claimedAmountFen: 5_000_000,
          hireDate: '2024-01-01',
          contractSigned: false,
          monthlyWageFen: 500_000,
          separationDate: '2025-08-31',
        },
      },
      admin,
    );
    expect(saved.ok).toBe(true);
    const view = core.services.elements.caseView(reg.value.id);
    if (!view.ok) throw new Error(view.error.message);
    const check = view.value.claimChecks.find((c) => c.claimType === 'double_wages');
    const barred = check?.flags.filter((f) => f.severity === 'time_barred') ?? [];
    expect(barred.map((f) => f.message).join('')).toContain('已超过仲裁时效（届满日 2026-03-10）');
    expect(barred.map((f) => f.message).join('')).toContain('2024-02');
    expect(check?.computed?.amountFen).toBe(5_500_000); // 11 months × 5,000.00: unchanged by the flags
  });
});
