import { describe, it, expect } from 'vitest';
import * as calc from './index';

describe('shared/calc public API', () => {
  it('exports every calculator, the rounding step and the error class', () => {
    expect(Object.keys(calc).sort()).toEqual(
      [
        'CalcInputError',
        'annualLeavePay',
        'doubleWages',
        'economicCompensation',
        'finalAwardTest',
        'nonCompeteCompensation',
        'overtimePay',
        'roundHalfUp',
        'serviceLength',
        'unlawfulTerminationDamages',
        'wageArrears',
        'workInjuryLumpSum',
      ].sort(),
    );
  });

  it('CalcInputError carries the field and is an Error', () => {
    const e = new calc.CalcInputError('startDate', '入职日期（startDate）不是有效日期');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('CalcInputError');
    expect(e.field).toBe('startDate');
  });
});
