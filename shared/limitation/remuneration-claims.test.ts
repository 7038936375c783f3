import { describe, it, expect } from 'vitest';
import { DISPUTE_REASON_CODES } from '../domain/reference-data';
import { DEFAULT_REMUNERATION_TYPES, RemunerationTypes, isRemunerationClaim } from './remuneration-claims';

describe('劳动报酬 claim types (第二十七条第四款)', () => {
  it('defaults to wage arrears and overtime only', () => {
    expect(DEFAULT_REMUNERATION_TYPES).toEqual(['wage_arrears', 'overtime']);
    const special = DISPUTE_REASON_CODES.filter((c) => isRemunerationClaim(c));
    expect(special).toEqual(['wage_arrears', 'overtime']);
    expect(isRemunerationClaim('double_wages')).toBe(false);
    expect(isRemunerationClaim('annual_leave')).toBe(false);
  });

  it('cannot be changed in place; a committee passes its own list', () => {
    expect(Object.isFrozen(DEFAULT_REMUNERATION_TYPES)).toBe(true);
    expect(isRemunerationClaim('annual_leave', ['wage_arrears', 'annual_leave'])).toBe(true);
    expect(isRemunerationClaim('overtime', [])).toBe(false);
  });

  it('validates a stored list', () => {
    expect(RemunerationTypes.parse(['wage_arrears', 'double_wages'])).toEqual([
      'wage_arrears',
      'double_wages',
    ]);
    expect(RemunerationTypes.safeParse(['bonus']).error?.issues[0]?.message).toBe(
      '劳动报酬类请求类型无效，请从列表中选择',
    );
    expect(RemunerationTypes.safeParse(['overtime', 'overtime']).error?.issues[0]?.message).toBe(
      '适用劳动报酬特别时效的请求类型不能重复',
    );
  });
});
