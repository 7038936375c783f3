import { describe, it, expect } from 'vitest';
import { officialCalendar } from '../calendar';
import * as api from './index';

describe('public API (shared/limitation)', () => {
  it('exports the check, the schema and the configuration', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CaseLimitationFacts',
      'DEFAULT_REMUNERATION_TYPES',
      'INTERRUPTION_KINDS',
      'INTERRUPTION_KIND_CODES',
      'LimitationInput',
      'LimitationInterruption',
      'LimitationResultView',
      'LimitationSuspension',
      'RemunerationTypes',
      'checkLimitation',
      'interruptionKindLabel',
      'isRemunerationClaim',
    ]);
    const input = api.LimitationInput.parse({
      claimType: 'other',
      knewOn: '2025-03-10',
      applicationOn: '2026-01-05',
    });
    expect(api.checkLimitation(input, officialCalendar).barDate).toBe('2026-03-10');
    expect(api.interruptionKindLabel('payment_order')).toBe('申请支付令');
  });
});
