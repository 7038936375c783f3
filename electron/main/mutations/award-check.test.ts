import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awardPayloadFrom, type AwardItemEntry } from '../../../shared/procedure/award-test';
import { SAMPLE_MIN_WAGE } from '../../../shared/procedure/test-payloads';
import { caseAtHearing, createStaff } from '../../../tests/helpers/award-walk';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';

// The core re-runs the 终局 test (law art 47; 解释一 第十九条) on the minimum wage in force on the award date, and
// refuses what disagrees — whatever the form sent.

let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-10-20T02:00:00Z') });
  admin = initialize(core);
});
afterEach(() => core.dispose());

const wages: AwardItemEntry = {
  claimId: null,
  kind: 'labor_remuneration',
  label: '加班费',
  amountFen: 1_000_000,
  dismissed: false,
  text: '被申请人于本裁决生效之日起十日内支付申请人加班费10,000.00元',
};
const relationship: AwardItemEntry = {
  claimId: null,
  kind: 'confirm_relationship',
  label: '确认劳动关系',
  amountFen: null,
  dismissed: false,
  text: '确认申请人与被申请人自2019年3月15日至2025年9月30日存在劳动关系',
};

const award = (caseId: string, payload: Record<string, unknown>) =>
  core.services.mutations.run(
    'case.performAction',
    { caseId, action: 'arb.awarded', occurredOn: '2026-10-20', payload },
    admin,
  );
const honest = (entries: AwardItemEntry[]) => ({
  ...awardPayloadFrom(entries, SAMPLE_MIN_WAGE, '裁决摘要'),
  confirmed: true,
});

describe('作出裁决 re-runs the 终局 test in the core', () => {
  it('accepts the honest payload of a mixed award and keeps its items', () => {
    const { caseId } = caseAtHearing(core, admin);
    const r = award(caseId, honest([wages, relationship]));
    expect(r).toMatchObject({ ok: true, value: { status: 'closed' } });
    const ev = core.services.repos.events.listForFold(caseId).find((e) => e.type === 'arb.awarded');
    expect(ev?.payload).toMatchObject({ outcome: 'mixed', final: false, thresholdFen: 2_988_000 });
  });

  it.each([
    [
      'an over-threshold wage item claimed final',
      () => {
        const p = honest([{ ...wages, amountFen: 2_988_001 }]);
        return { ...p, final: true, outcome: 'final', items: p.items.map((i) => ({ ...i, final: true })) };
      },
      /应为非终局/,
    ],
    [
      '确认劳动关系 claimed final',
      () => {
        const p = honest([relationship]);
        return { ...p, final: true, outcome: 'final', items: p.items.map((i) => ({ ...i, final: true })) };
      },
      /应为非终局/,
    ],
    [
      'a threshold from a lower minimum wage',
      () => ({ ...honest([wages]), thresholdFen: 12 * 100_000 }),
      /终局裁决限额应为 12 × 月最低工资标准 = 29,880.00 元/,
    ],
    [
      'a minimum wage that is not the one in force',
      () => ({
        ...awardPayloadFrom(
          [{ ...wages, amountFen: 3_000_000 }],
          { ...SAMPLE_MIN_WAGE, amountFen: 260_000 },
          'x',
        ),
        confirmed: true,
      }),
      /所用最低工资标准.*不一致/,
    ],
    [
      'a reason that is not the test’s',
      () => {
        const p = honest([wages]);
        return { ...p, items: p.items.map((i) => ({ ...i, reason: '终局' })) };
      },
      /判断理由应为/,
    ],
  ])('refuses %s', (_name, lie, why) => {
    const { caseId } = caseAtHearing(core, admin);
    const r = award(caseId, lie());
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(why);
    expect(core.services.repos.events.listForFold(caseId).some((e) => e.type === 'arb.awarded')).toBe(false);
  });

  it('refuses an item that names a claim of another case', () => {
    const { caseId } = caseAtHearing(core, admin);
    const r = award(caseId, honest([{ ...wages, claimId: '01a24bf5-d069-7320-aab8-6db50aeef1ba' }]));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toMatch(/不属于本案/);
  });

  it('refuses an award without the tribunal’s confirmation or items (the old {final, summary} shape)', () => {
    const { caseId } = caseAtHearing(core, admin);
    const { confirmed: _c, ...unconfirmed } = honest([wages]);
    expect(award(caseId, unconfirmed)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(award(caseId, { final: true, summary: '支持' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses with a pointer to the regional settings when no minimum wage is in force', () => {
    const { caseId } = caseAtHearing(core, admin);
    const set = core.services.mutations.run(
      'settings.set',
      {
        key: 'regional.params',
        value: [
          { kind: 'minMonthlyWageFen', region: '示例市', effectiveFrom: '2027-01-01', amountFen: 260_000 },
        ],
      },
      admin,
    );
    expect(set.ok).toBe(true);
    const r = award(caseId, honest([wages]));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/未找到 2026-10-20 适用的月最低工资标准.*设置 › 地区参数/);
  });
});

describe('先行裁决 is tested the same way', () => {
  const partial = (caseId: string, payload: Record<string, unknown>) =>
    core.services.mutations.run(
      'case.performAction',
      { caseId, action: 'arb.partialAward', occurredOn: '2026-10-20', payload },
      admin,
    );

  it('accepts the honest items and leaves the case open for the rest', () => {
    const { caseId } = caseAtHearing(core, admin);
    expect(partial(caseId, honest([wages]))).toMatchObject({ ok: true, value: { status: 'in_progress' } });
  });

  it('refuses a click that calls a non-final item final, and the old {final, summary} shape', () => {
    const { caseId } = caseAtHearing(core, admin);
    const p = honest([relationship]);
    const lie = { ...p, final: true, outcome: 'final', items: p.items.map((i) => ({ ...i, final: true })) };
    const r = partial(caseId, lie);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(/应为非终局/);
    expect(partial(caseId, { final: true, summary: '支持' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(core.services.repos.events.listForFold(caseId).some((e) => e.type === 'arb.partialAward')).toBe(
      false,
    );
  });
});

describe('the minimum wage date rule is the committee’s setting', () => {
  const twoStandards = () =>
    core.services.mutations.run(
      'settings.set',
      {
        key: 'regional.params',
        value: [
          { kind: 'minMonthlyWageFen', region: '示例市', effectiveFrom: '2025-01-01', amountFen: 249_000 },
          { kind: 'minMonthlyWageFen', region: '示例市', effectiveFrom: '2026-10-01', amountFen: 260_000 },
        ],
      },
      admin,
    );
  const withWage = (amountFen: number, effectiveFrom: string) => ({
    ...awardPayloadFrom([wages], { amountFen, region: '示例市', effectiveFrom }, '裁决摘要'),
    confirmed: true,
  });

  it('applies the standard in force on the award date by default, on the acceptance date when chosen', () => {
    expect(twoStandards().ok).toBe(true);
    const { caseId } = caseAtHearing(core, admin); // accepted 2026-09-02, award on 2026-10-20
    const refused = { ok: false, error: { code: 'CONFLICT' } };
    // Default (裁决作出之日): the 2026-10-01 standard; the one in force at acceptance is refused.
    expect(award(caseId, withWage(249_000, '2025-01-01'))).toMatchObject(refused);

    expect(core.services.elements.saveMinWageDateRule('accepted_date', admin)).toMatchObject({ ok: true });
    expect(core.services.elements.regional().minWageDateRule).toBe('accepted_date');
    expect(award(caseId, withWage(260_000, '2026-10-01'))).toMatchObject(refused);
    expect(award(caseId, withWage(249_000, '2025-01-01'))).toMatchObject({ ok: true });
  });

  it('only a director or administrator may change it', () => {
    const clerk = createStaff(core, admin, '钱书记员', ['clerk']);
    const r = core.services.elements.saveMinWageDateRule('received_date', {
      id: clerk,
      roles: ['clerk'],
      officeId: admin.officeId,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.services.elements.regional().minWageDateRule).toBe('award_date');
  });
});
