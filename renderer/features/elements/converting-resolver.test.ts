import { readResourceJson } from '../../../tests/helpers/resources';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answersSchema, validateTemplate } from '../../../shared/elements';
import type { ApplicantAnswers } from '../../../shared/elements';
import { convertingResolver, errorUnder } from './converting-resolver';
import { MONEY_FORMAT_MESSAGE } from './element-form-values';
import { applicantToForm, formToApplicant } from './sheet-forms';
import type { ApplicantForm } from './sheet-forms';

type Form = { amount: string; range: { from: string; to: string } };

const schema = z.object({
  amountFen: z.number({ message: '请填写金额' }),
  range: z.object({ from: z.string().min(1, { message: '请填写开始日期' }), to: z.string() }),
});
const resolver = convertingResolver<Form, z.output<typeof schema>>((f) => {
  const n = Number(f.amount);
  const ok = f.amount !== '' && !Number.isNaN(n);
  return {
    data: { ...(ok ? { amountFen: Math.round(n * 100) } : {}), range: f.range },
    issues: f.amount !== '' && !ok ? [{ path: 'amount', message: '金额格式不正确' }] : [],
  };
}, schema);
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('convertingResolver', () => {
  it('returns the converted, parsed values when valid', async () => {
    const r = await resolver({ amount: '12.5', range: { from: 'a', to: 'b' } }, undefined, options);
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ amountFen: 1250, range: { from: 'a', to: 'b' } });
  });

  it('merges conversion issues with the schema issues at their paths', async () => {
    const r = await resolver({ amount: 'abc', range: { from: '', to: '' } }, undefined, options);
    expect(r.values).toEqual({});
    expect(errorUnder(r.errors, 'amount')).toBe('金额格式不正确');
    expect(errorUnder(r.errors, 'range')).toBe('请填写开始日期');
    expect(errorUnder(r.errors, 'range.to')).toBeUndefined();
  });
});

describe('the applicant form resolver (answersSchema)', () => {
  const v = validateTemplate(readResourceJson('elements/unlawful_termination.json'));
  if (!v.ok) throw new Error('template');
  const t = v.template;
  const resolve = convertingResolver<ApplicantForm, ApplicantAnswers>(
    (f) => formToApplicant(t, f),
    answersSchema(t),
  );

  it('names each missing required element and each amount that is not 元', async () => {
    const form = applicantToForm(t, {});
    form['avgMonthlyWageFen'] = '九千';
    const r = await resolve(form, undefined, options);
    expect(errorUnder(r.errors, 'claimedAmountFen')).toBe('请填写请求金额');
    expect(errorUnder(r.errors, 'avgMonthlyWageFen')).toBe(MONEY_FORMAT_MESSAGE);
    expect(errorUnder(r.errors, 'rulesRelied')).toBeUndefined();
  });

  it('gives the stored answers (分) when complete', async () => {
    const answers = {
      claimedAmountFen: 16_000_000,
      workerChoice: 'damages',
      noticeDate: '2025-09-30',
      terminationReason: '旷工',
      provisionRelied: 'art39',
      startDate: '2019-03-15',
      endDate: '2025-09-30',
      avgMonthlyWageFen: 900_000,
    };
    const r = await resolve(applicantToForm(t, answers), undefined, options);
    expect(r.errors).toEqual({});
    expect(r.values).toEqual(answers);
  });
});
