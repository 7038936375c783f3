import { readResourceJson } from '../../../tests/helpers/resources';
import { describe, expect, it } from 'vitest';
import { validateAnswers, validateRespondentAnswers, validateTemplate } from '../../../shared/elements';
import type { ElementTemplate, Finding } from '../../../shared/elements';
import {
  applicantToForm,
  evidenceLines,
  findingIssuePath,
  findingsFormSchema,
  findingsList,
  findingsToForm,
  formToApplicant,
  formToFindings,
  formToRespondent,
  respondentElements,
  respondentToForm,
} from './sheet-forms';

function shipped(id: string): ElementTemplate {
  const v = validateTemplate(readResourceJson(`elements/${id}.json`));
  if (!v.ok) throw new Error(id);
  return v.template;
}
const ut = shipped('unlawful_termination');
const wages = shipped('wage_arrears');

const applicant = {
  claimedAmountFen: 16_000_000,
  workerChoice: 'damages',
  noticeDate: '2025-09-30',
  terminationReason: '严重违反规章制度',
  provisionRelied: 'art39',
  startDate: '2019-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
};

describe('applicant sheet', () => {
  it('round-trips stored answers through the form, money in 元', () => {
    const form = applicantToForm(ut, applicant);
    expect(form['avgMonthlyWageFen']).toBe('9000.00');
    expect(form['unionNotified']).toBeNull();
    expect(form['rulesRelied']).toBe('');
    const back = formToApplicant(ut, form);
    expect(back).toEqual({ data: applicant, issues: [] });
    expect(validateAnswers(ut, back.data).ok).toBe(true);
  });

  it('reports 元 typos at their path, list rows included', () => {
    const form = applicantToForm(wages, {});
    form['monthlyWages'] = [
      { month: '2025-01', payableFen: '5000', paidFen: '3000' },
      { month: '2025-02', payableFen: '5000', paidFen: '三千' },
    ];
    const r = formToApplicant(wages, form);
    expect(r.issues.map((i) => i.path)).toEqual(['monthlyWages.1.paidFen']);
    expect(r.data['monthlyWages']).toEqual([
      { month: '2025-01', payableFen: 500_000, paidFen: 300_000 },
      { month: '2025-02', payableFen: 500_000 },
    ]);
  });
});

describe('respondent sheet', () => {
  const rows = respondentElements(ut, applicant);

  it('lists the disputable elements the applicant filled in, with their text', () => {
    expect(rows.map((r) => r.element.key)).toEqual(Object.keys(applicant));
    expect(rows.find((r) => r.element.key === 'avgMonthlyWageFen')?.applicantText).toBe('9,000.00 元');
    expect(respondentElements(ut, undefined)).toEqual([]);
  });

  it('keeps the own value only with 不认可 and leaves unanswered rows out', () => {
    const form = respondentToForm(rows, {});
    expect(form['startDate']).toEqual({ stance: '', value: '', note: '' });
    form['startDate'] = { stance: 'deny', value: '2020-03-15', note: ' 有劳动合同 ' };
    form['avgMonthlyWageFen'] = { stance: 'deny', value: '6000', note: '' };
    form['endDate'] = { stance: 'admit', value: '2025-01-01', note: '' };
    const r = formToRespondent(rows, form);
    expect(r).toEqual({
      data: {
        startDate: { stance: 'deny', value: '2020-03-15', note: '有劳动合同' },
        avgMonthlyWageFen: { stance: 'deny', value: 600_000 },
        endDate: { stance: 'admit' },
      },
      issues: [],
    });
    expect(validateRespondentAnswers(ut, r.data).ok).toBe(true);
    expect(respondentToForm(rows, r.data)['avgMonthlyWageFen']).toEqual({
      stance: 'deny',
      value: '6000.00',
      note: '',
    });
  });

  it('reports a bad own amount under the row', () => {
    const form = respondentToForm(rows, {});
    form['avgMonthlyWageFen'] = { stance: 'deny', value: '六千', note: '' };
    expect(formToRespondent(rows, form).issues.map((i) => i.path)).toEqual(['avgMonthlyWageFen.value']);
  });
});

describe('findings', () => {
  const disputed = ut.groups
    .flatMap((g) => g.elements)
    .filter((e) => ['startDate', 'avgMonthlyWageFen'].includes(e.key));

  it('skips blank rows and validates the others with findingSchema', () => {
    const form = findingsToForm(disputed, []);
    form['startDate'] = { value: '2019-03-15', reason: '社保记录', evidence: '社保缴费记录\n工资流水、考勤' };
    const r = formToFindings(disputed, form);
    expect(r.data).toEqual({
      startDate: {
        key: 'startDate',
        value: '2019-03-15',
        reason: '社保记录',
        evidence: ['社保缴费记录', '工资流水', '考勤'],
      },
    });
    const parsed = findingsFormSchema(ut, disputed).safeParse(r.data);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(findingsList(disputed, parsed.data).map((f) => f.key)).toEqual(['startDate']);
  });

  it('asks for the value and reason of a started row', () => {
    const form = findingsToForm(disputed, []);
    form['avgMonthlyWageFen'] = { value: '', reason: '', evidence: '银行流水' };
    const parsed = findingsFormSchema(ut, disputed).safeParse(formToFindings(disputed, form).data);
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(parsed.error.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'avgMonthlyWageFen.reason',
        'avgMonthlyWageFen.value',
      ]);
  });

  it('reads saved findings back and maps server paths by position', () => {
    const saved: Finding[] = [
      { key: 'avgMonthlyWageFen', value: 700_000, reason: '流水', evidence: ['a', 'b'] },
    ];
    expect(findingsToForm(disputed, saved)['avgMonthlyWageFen']).toEqual({
      value: '7000.00',
      reason: '流水',
      evidence: 'a\nb',
    });
    expect(findingIssuePath('0.value', saved)).toBe('avgMonthlyWageFen.value');
    expect(findingIssuePath('0.evidence.1', saved)).toBe('avgMonthlyWageFen.evidence');
    expect(findingIssuePath('3.value', saved)).toBeNull();
    expect(findingIssuePath('', saved)).toBeNull();
    expect(evidenceLines(' a ；b;\n\n c ')).toEqual(['a', 'b', 'c']);
  });
});
