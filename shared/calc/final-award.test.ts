import { describe, it, expect } from 'vitest';
import { CalcInputError } from './errors';
import { finalAwardTest } from './final-award';
import type { FinalAwardItemKind } from './final-award';

const MW = 249000; // threshold 12 × 2,490.00 = 29,880.00

describe('finalAwardTest — reference §3.4', () => {
  it.each(['labor_remuneration', 'medical_expenses', 'economic_compensation', 'damages'] as const)(
    '%s is final at exactly 12 × MW and not one fen above',
    (kind) => {
      const r = finalAwardTest({
        minMonthlyWageFen: MW,
        items: [
          { kind, amountFen: 2988000 },
          { kind, amountFen: 2988001 },
        ],
      });
      expect(r.thresholdFen).toBe(2988000);
      expect(r.items.map((i) => i.final)).toEqual([true, false]);
      expect(r.mixed).toBe(true);
    },
  );

  it('each item is tested on its own (解释一 第十九条): two items each under the line are both final', () => {
    const r = finalAwardTest({
      minMonthlyWageFen: MW,
      items: [
        { kind: 'labor_remuneration', amountFen: 2000000, label: '加班费' },
        { kind: 'economic_compensation', amountFen: 2000000 },
      ],
    });
    expect(r.allFinal).toBe(true);
    expect(r.mixed).toBe(false);
    expect(r.suggestion).toBeNull();
    expect(r.items[0]?.label).toBe('加班费');
  });

  it('working-time and social-insurance standard disputes are final; 确认劳动关系 is not', () => {
    const r = finalAwardTest({
      minMonthlyWageFen: MW,
      items: [
        { kind: 'working_time_standard' },
        { kind: 'social_insurance_standard' },
        { kind: 'confirm_relationship' },
      ],
    });
    expect(r.items.map((i) => i.final)).toEqual([true, true, false]);
    expect(r.mixed).toBe(true);
    expect(r.suggestion).toContain('分别制作');
    expect(r.basis).toEqual(expect.arrayContaining(['《劳动人事争议仲裁办案规则》第五十条']));
    expect(r.basis.join()).toContain('第二十条');
  });

  it('all non-final is not mixed', () => {
    const r = finalAwardTest({
      minMonthlyWageFen: MW,
      items: [{ kind: 'other' }, { kind: 'damages', amountFen: 5000000 }],
    });
    expect(r.allFinal).toBe(false);
    expect(r.mixed).toBe(false);
  });

  it.each([
    ['items', { minMonthlyWageFen: MW, items: [] }],
    ['items[0].amountFen', { minMonthlyWageFen: MW, items: [{ kind: 'damages' as FinalAwardItemKind }] }],
    [
      'items[0].amountFen',
      { minMonthlyWageFen: MW, items: [{ kind: 'damages' as FinalAwardItemKind, amountFen: -1 }] },
    ],
    ['items[0].kind', { minMonthlyWageFen: MW, items: [{ kind: 'nonsense' as FinalAwardItemKind }] }],
    ['minMonthlyWageFen', { minMonthlyWageFen: 0, items: [{ kind: 'other' as FinalAwardItemKind }] }],
  ])('refuses bad %s', (field, input) => {
    try {
      finalAwardTest(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalcInputError);
      expect((e as CalcInputError).field).toBe(field);
    }
  });
});
