import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINAL_AWARD_ITEM_KIND_CODES, isMoneyKind, type FinalAwardItemKind } from '../calc/final-award';
import { AwardPayload } from './award-payload';
import { awardParts, readAward } from './award-parts';
import { awardKindForClaim, defaultAwardItemText } from './award-items';
import { awardPayloadFrom, minWageDate, minWageOn, type AwardItemEntry } from './award-test';
import { SAMPLE_MIN_WAGE } from './test-payloads';

// Reference §3.4 and §1.3 A17–A19: threshold 12 × 2,490.00 = 29,880.00 元 with the sample minimum wage.
const entry = (kind: FinalAwardItemKind, amountFen: number | null, dismissed = false): AwardItemEntry => {
  const label = `${kind}-${amountFen ?? 'x'}`;
  return {
    claimId: null,
    kind,
    label,
    amountFen,
    dismissed,
    text: defaultAwardItemText({ kind, label, amountFen, dismissed }),
  };
};
const decide = (entries: AwardItemEntry[]) => awardPayloadFrom(entries, SAMPLE_MIN_WAGE, '摘要');

describe('the outcome of an award (law arts 47, 50; 解释一 第十九条、第二十条)', () => {
  it.each<[string, AwardItemEntry[], 'final' | 'non_final' | 'mixed', boolean[]]>([
    [
      'all final',
      [entry('labor_remuneration', 1_000_000), entry('economic_compensation', 2_000_000)],
      'final',
      [true, true],
    ],
    [
      'none final',
      [entry('confirm_relationship', null), entry('damages', 5_000_000)],
      'non_final',
      [false, false],
    ],
    [
      'mixed',
      [entry('labor_remuneration', 1_000_000), entry('confirm_relationship', null)],
      'mixed',
      [true, false],
    ],
    ['exactly 12 × the minimum wage is final', [entry('labor_remuneration', 2_988_000)], 'final', [true]],
    ['one fen above is not', [entry('labor_remuneration', 2_988_001)], 'non_final', [false]],
    [
      'a 工作时间 standard dispute is final (art 47(2))',
      [entry('working_time_standard', null)],
      'final',
      [true],
    ],
    [
      'a dismissed money item (0) is final (解释一 第十九条: the amount fixed)',
      [entry('damages', 0, true)],
      'final',
      [true],
    ],
    [
      'a dismissed 确认劳动关系 stays non-final',
      [entry('confirm_relationship', null, true)],
      'non_final',
      [false],
    ],
  ])('%s', (_name, entries, outcome, finals) => {
    const p = decide(entries);
    expect(p.thresholdFen).toBe(2_988_000);
    expect(p.outcome).toBe(outcome);
    expect(p.final).toBe(outcome === 'final');
    expect(p.items.map((i) => i.final)).toEqual(finals);
    expect(p.items.every((i) => i.reason.length > 0)).toBe(true);
    expect(AwardPayload.safeParse({ ...p, confirmed: true }).success).toBe(true);
    const parts = awardParts(readAward({ ...p, confirmed: true }) ?? fail());
    expect(parts.map((x) => x.seq)).toEqual(outcome === 'mixed' ? [1, 2] : [null]);
  });

  it('reads an award recorded before items existed as one 裁决书 with the summary', () => {
    const a = readAward({ final: false, summary: '驳回申请人的仲裁请求' });
    expect(a).toMatchObject({ outcome: 'non_final', items: null, summary: '驳回申请人的仲裁请求' });
    expect(awardParts(a ?? fail())).toEqual([{ key: 'non_final', final: false, items: null, seq: null }]);
    expect(readAward({ summary: 'x' })).toBeNull();
  });

  it('refuses an unconfirmed payload and money items whose amount does not match 驳回', () => {
    const p = decide([entry('labor_remuneration', 1_000_000)]);
    expect(AwardPayload.safeParse(p).success).toBe(false);
    const dismissedWithMoney = {
      ...p,
      confirmed: true,
      items: p.items.map((i) => ({ ...i, dismissed: true })),
    };
    expect(AwardPayload.safeParse(dismissedWithMoney).error?.issues[0]?.message).toMatch(
      /已驳回，裁决金额应为 0/,
    );
  });

  it('property: the parts partition the items, in order, and each part is all final or all non-final', () => {
    const item = fc
      .record({
        kind: fc.constantFrom(...FINAL_AWARD_ITEM_KIND_CODES),
        amount: fc.integer({ min: 1, max: 6_000_000 }),
        dismissed: fc.boolean(),
      })
      .map(({ kind, amount, dismissed }) =>
        entry(kind, isMoneyKind(kind) ? (dismissed ? 0 : amount) : null, dismissed),
      );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (entries) => {
        const p = { ...decide(entries), confirmed: true as const };
        const award = readAward(p);
        if (award === null) return false;
        const parts = awardParts(award);
        const all = parts.flatMap((x) => x.items ?? []);
        expect(all).toHaveLength(p.items.length);
        const items = award.items ?? [];
        expect(new Set(all)).toEqual(new Set(items));
        for (const part of parts) {
          expect(part.items?.every((i) => i.final === part.final)).toBe(true);
          expect((part.items ?? []).length).toBeGreaterThan(0);
        }
        expect(parts.length === 2).toBe(p.outcome === 'mixed');
        for (const part of parts) {
          const order = (part.items ?? []).map((i) => items.indexOf(i));
          expect(order.every((n) => n >= 0)).toBe(true);
          expect(order).toEqual([...order].sort((a, b) => a - b));
        }
        return true;
      }),
    );
  });
});

describe('defaults for the form', () => {
  it.each([
    ['wage_arrears', 'labor_remuneration'],
    ['overtime', 'labor_remuneration'],
    ['economic_compensation', 'economic_compensation'],
    ['unlawful_termination', 'damages'],
    ['double_wages', 'damages'],
    ['non_compete', 'economic_compensation'],
    ['confirm_relationship', 'confirm_relationship'],
    ['social_insurance', 'social_insurance_standard'],
    ['work_injury', 'other'],
    ['unknown-type', 'other'],
  ])('claim type %s → %s', (type, kind) => {
    expect(awardKindForClaim(type)).toBe(kind);
  });

  it('uses the award date for the minimum wage by default and finds the standard in force then', () => {
    const dates = { awardOn: '2026-10-20', acceptedOn: '2026-09-02', receivedOn: '2026-09-01' };
    expect(minWageDate('award_date', dates)).toBe('2026-10-20');
    expect(minWageDate('accepted_date', dates)).toBe('2026-09-02');
    expect(minWageDate('received_date', dates)).toBe('2026-09-01');
    const params = [
      {
        kind: 'minMonthlyWageFen' as const,
        region: '甲市',
        effectiveFrom: '2025-01-01',
        amountFen: 249000,
        sample: false,
      },
      {
        kind: 'minMonthlyWageFen' as const,
        region: '甲市',
        effectiveFrom: '2026-10-01',
        amountFen: 260000,
        sample: false,
      },
      {
        kind: 'cityAvgMonthlyWageFen' as const,
        region: '甲市',
        effectiveFrom: '2026-01-01',
        amountFen: 900000,
        sample: false,
      },
    ];
    expect(minWageOn(params, '2026-09-30')).toEqual({
      amountFen: 249000,
      region: '甲市',
      effectiveFrom: '2025-01-01',
    });
    expect(minWageOn(params, '2026-10-20')?.amountFen).toBe(260000);
    expect(minWageOn(params, '2024-12-31')).toBeNull();
  });
});

function fail(): never {
  throw new Error('unexpected null');
}
