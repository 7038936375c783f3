import { describe, expect, it } from 'vitest';
import { awardResultOf, statReasonsOf } from './from-case';

describe('from-case', () => {
  it('maps 案由 to the official rows in order, unknown codes to 其他', () => {
    expect(statReasonsOf(['overtime', 'work_injury', 'unlawful_termination', 'x'])).toEqual([
      '劳动报酬',
      '社会保险',
      '解除劳动合同',
      '其他',
    ]);
  });

  it.each([
    [[false, false], true, 'worker'],
    [[true, true], true, 'employer'],
    [[true, false], true, 'partial'],
    [[false], false, 'employer'], // the employer applied and won every item
    [[true], false, 'worker'],
  ] as const)('award items dismissed %j, worker applied %s → %s', (dismissed, workerApplicant, expected) => {
    expect(
      awardResultOf(
        dismissed.map((d) => ({ dismissed: d })),
        workerApplicant,
      ),
    ).toBe(expected);
  });

  it('an award without items has no derivable result', () => {
    expect(awardResultOf([], true)).toBeNull();
  });
});
