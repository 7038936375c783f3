import { describe, expect, it } from 'vitest';
import type { ClaimFlag } from '../../../shared/elements';
import { elementLabel, FLAG_TAG, sortFlags, STATE_TAG, summaryText } from './element-display';

describe('element display', () => {
  it('colours states and flags as the tribunal reads them', () => {
    expect(STATE_TAG.agreed).toEqual({ label: '一致', color: 'green' });
    expect(STATE_TAG.disputed.color).toBe('red');
    expect(STATE_TAG.not_addressed.label).toBe('未答辩');
    expect(FLAG_TAG.over_claim.color).toBe('red');
    expect(FLAG_TAG.impossible_input.color).toBe('orange');
    expect(FLAG_TAG.contradiction).toEqual({ label: '前后矛盾', color: 'volcano' });
    expect(FLAG_TAG.info.color).toBe('blue');
  });

  it('puts the serious flags first, keeping their order otherwise', () => {
    const flags: ClaimFlag[] = [
      { severity: 'info', message: 'a' },
      { severity: 'over_claim', message: 'b' },
      { severity: 'missing_input', message: 'c' },
      { severity: 'info', message: 'd' },
      { severity: 'contradiction', message: 'e' },
    ];
    expect(sortFlags(flags).map((f) => f.message)).toEqual(['b', 'e', 'c', 'a', 'd']);
  });

  it('labels elements with their unit and sums up a comparison', () => {
    const el = {
      key: 'k',
      label: '月工资',
      type: 'money' as const,
      required: true,
      help: 'h',
      disputable: true,
    };
    expect(elementLabel(el)).toBe('月工资（元）');
    expect(elementLabel({ ...el, type: 'number', unit: '次' })).toBe('月工资（次）');
    expect(elementLabel({ ...el, type: 'text' })).toBe('月工资');
    expect(summaryText({ agreed: 5, disputed: 2, notAddressed: 3 })).toBe(
      '一致 5 项 · 有争议 2 项 · 未答辩 3 项',
    );
  });
});
