import { describe, expect, it } from 'vitest';
import { CaseLimitationFacts, LimitationInput } from '../../../../shared/limitation';
import {
  blankInterruption,
  blankLimitation,
  blankSuspension,
  hasOtherFacts,
  limitationChecks,
  limitationFormPath,
  toLimitationFacts,
  type LimitationForm,
} from './limitation-form';

const filled = (): LimitationForm => ({
  knewOn: '2025-03-10',
  stillEmployed: false,
  employmentEndedOn: '2025-06-30',
  interruptions: [
    blankInterruption(),
    { on: '2025-08-01', kind: 'claim_to_other_party', note: ' 发函催告 ' },
  ],
  suspensions: [{ from: '2025-09-01', to: '', reason: '住院治疗' }, blankSuspension()],
});

describe('toLimitationFacts', () => {
  it('omits the block while 知道之日 is empty', () => {
    expect(toLimitationFacts(blankLimitation()).facts).toBeUndefined();
    expect(toLimitationFacts({ ...filled(), knewOn: '' }).facts).toBeUndefined();
  });

  it('drops blank rows, keeps their form positions and passes the case schema', () => {
    const { facts, index } = toLimitationFacts(filled());
    expect(index).toEqual({ interruptions: [1], suspensions: [0] });
    const parsed = CaseLimitationFacts.parse(facts);
    expect(parsed).toEqual({
      knewOn: '2025-03-10',
      employmentEndedOn: '2025-06-30',
      interruptions: [{ on: '2025-08-01', kind: 'claim_to_other_party', note: '发函催告' }],
      suspensions: [{ from: '2025-09-01', reason: '住院治疗' }],
    });
  });

  it('never sends an end date together with 仍存续', () => {
    const { facts } = toLimitationFacts({ ...filled(), stillEmployed: true });
    expect(CaseLimitationFacts.parse(facts)).toMatchObject({ stillEmployed: true });
    expect(facts).toMatchObject({ employmentEndedOn: undefined });
  });

  it('lets the schema ask for the missing parts of a started row', () => {
    const { facts } = toLimitationFacts({
      ...filled(),
      interruptions: [{ on: '', kind: '', note: '口头' }],
    });
    const messages = CaseLimitationFacts.safeParse(facts).error?.issues.map((i) => i.message);
    expect(messages).toContain('请填写时效中断日期');
    expect(messages).toContain('请选择时效中断事由');
  });
});

describe('limitationFormPath', () => {
  const index = { interruptions: [1, 3], suspensions: [2] };
  it('maps submitted rows back to form rows', () => {
    expect(limitationFormPath(['limitation', 'interruptions', '1', 'kind'], index)).toBe(
      'limitation.interruptions.3.kind',
    );
    expect(limitationFormPath(['limitation', 'suspensions', '0', 'to'], index)).toBe(
      'limitation.suspensions.2.to',
    );
    expect(limitationFormPath(['limitation', 'suspensions'], index)).toBe('limitation.suspensions.root');
    expect(limitationFormPath(['limitation', 'employmentEndedOn'], index)).toBe(
      'limitation.employmentEndedOn',
    );
    expect(limitationFormPath(['parties', '0', 'name'], index)).toBe('parties.0.name');
  });
});

describe('limitationChecks', () => {
  it('builds one valid check per 案由 with the 收件日期 as the application day', () => {
    const { inputs, skipped } = limitationChecks(
      filled(),
      ['overtime', 'unlawful_termination'],
      '2026-03-02',
    );
    expect(skipped).toBe(0);
    expect(inputs.map((i) => i.claimType)).toEqual(['overtime', 'unlawful_termination']);
    for (const input of inputs) expect(LimitationInput.safeParse(input).success).toBe(true);
    expect(inputs[0]).toMatchObject({
      knewOn: '2025-03-10',
      employmentEndedOn: '2025-06-30',
      applicationOn: '2026-03-02',
      interruptions: [{ on: '2025-08-01', kind: 'claim_to_other_party', note: '发函催告' }],
      suspensions: [{ from: '2025-09-01', reason: '住院治疗' }],
    });
  });

  it('leaves out half-filled rows (counted) instead of failing the preview', () => {
    const form = { ...filled(), suspensions: [{ from: '2025-09-01', to: '2025-08-01', reason: '住院' }] };
    form.interruptions.push({ on: '2025-10-01', kind: '', note: '' });
    const { inputs, skipped } = limitationChecks(form, ['overtime'], '2026-03-02');
    expect(skipped).toBe(2);
    expect(inputs[0]?.suspensions).toEqual([]);
    expect(inputs[0]?.interruptions).toHaveLength(1);
  });

  it('checks nothing without 知道之日, a real 收件日期 or a known 案由', () => {
    expect(limitationChecks(blankLimitation(), ['overtime'], '2026-03-02').inputs).toEqual([]);
    expect(limitationChecks(filled(), ['overtime'], '').inputs).toEqual([]);
    expect(limitationChecks(filled(), ['no_such_reason'], '2026-03-02').inputs).toEqual([]);
  });

  it('sends 仍存续 without an end date', () => {
    const { inputs } = limitationChecks({ ...filled(), stillEmployed: true }, ['wage_arrears'], '2026-03-02');
    expect(inputs[0]?.stillEmployed).toBe(true);
    expect(inputs[0]?.employmentEndedOn).toBeUndefined();
  });
});

describe('hasOtherFacts', () => {
  it('notices facts that would be lost without 知道之日', () => {
    expect(hasOtherFacts(blankLimitation())).toBe(false);
    expect(hasOtherFacts({ ...blankLimitation(), interruptions: [blankInterruption()] })).toBe(false);
    expect(hasOtherFacts({ ...blankLimitation(), stillEmployed: true })).toBe(true);
    expect(hasOtherFacts({ ...blankLimitation(), suspensions: [{ from: '', to: '', reason: '病' }] })).toBe(
      true,
    );
  });
});
