import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim, validateAnswers, validateTemplate } from '.';
import type { ClaimCheckResult, ElementTemplate } from '.';

// The bundled templates, so the test also proves their calcInput mappings drive the calculators.
const load = (id: string): ElementTemplate => {
  const r = validateTemplate(
    JSON.parse(readFileSync(new URL(`../../resources/elements/${id}.json`, import.meta.url), 'utf8')),
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.template;
};
const EC = load('economic_compensation');

// Reference §3.3 (5) example: 2019-03-15..2025-09-30 → N = 7; W12 9,000, AVG_city 8,000 → 63,000.00.
const ecAnswers = {
  claimedAmountFen: 8_000_000,
  ground: 'art40',
  startDate: '2019-03-15',
  endDate: '2025-09-30',
  avgMonthlyWageFen: 900_000,
};
const params = { cityAvgMonthlyWageFen: 800_000, minMonthlyWageFen: 249_000 };
const severities = (r: ClaimCheckResult) => r.flags.map((f) => f.severity);

describe('checkClaim — 经济补偿 (reference §3.3 (5))', () => {
  it('the sample answers are valid answers to the template', () => {
    expect(validateAnswers(EC, ecAnswers).ok).toBe(true);
  });

  it('flags an over-claim with the calculator’s explanation', () => {
    const r = checkClaim('economic_compensation', EC, ecAnswers, params);
    expect(r.computed?.amountFen).toBe(6_300_000);
    expect(r.claimedFen).toBe(8_000_000);
    const over = r.flags.filter((f) => f.severity === 'over_claim');
    expect(over).toHaveLength(1);
    expect(over[0]?.key).toBe('claimedAmountFen');
    expect(over[0]?.message).toMatch(
      /^申请金额 80,000\.00 元超过按法定标准计算的 63,000\.00 元（多 17,000\.00 元）。计算过程：/,
    );
    expect(over[0]?.message).toContain('经济补偿 = 7 个月 × 9,000.00 元 = 63,000.00 元');
    expect(r.computed?.explain.join('\n')).toContain('N = 7 个月');
    expect(r.computed?.basis).toContain('《劳动合同法》第四十七条');
  });

  it('a correct claim gives no over_claim, only the confirmation', () => {
    const r = checkClaim('economic_compensation', EC, { ...ecAnswers, claimedAmountFen: 6_300_000 }, params);
    expect(severities(r)).toEqual(['info']);
    expect(r.flags[0]?.message).toBe('申请金额与按法定标准计算的金额一致（63,000.00 元）');
  });

  it('an under-claim is reported, never raised', () => {
    const r = checkClaim('economic_compensation', EC, { ...ecAnswers, claimedAmountFen: 6_000_000 }, params);
    expect(r.claimedFen).toBe(6_000_000);
    expect(r.flags.map((f) => f.message)).toEqual([
      '申请金额 60,000.00 元低于按法定标准计算的 63,000.00 元（少 3,000.00 元）',
    ]);
  });

  it('an end date before the start is an impossible input naming the element', () => {
    const r = checkClaim('economic_compensation', EC, { ...ecAnswers, endDate: '2019-01-01' }, params);
    expect(r.computed).toBeUndefined();
    expect(r.flags).toEqual([
      {
        severity: 'impossible_input',
        key: 'endDate',
        message: '要素“离职时间”有误：离职日期（endDate）2019-01-01 早于入职日期（startDate）2019-03-15',
      },
    ]);
  });

  it('a missing input is reported and the calculator is not run', () => {
    const { avgMonthlyWageFen: _w, ...rest } = ecAnswers;
    const r = checkClaim('economic_compensation', EC, rest, params);
    expect(r.computed).toBeUndefined();
    expect(r.flags).toEqual([
      {
        severity: 'missing_input',
        key: 'avgMonthlyWageFen',
        message: '未填写计算所需的要素“离职前十二个月平均工资”，无法按法定标准核算',
      },
    ]);
  });

  it('missing local parameters and a missing claimed amount are reported', () => {
    const { claimedAmountFen: _c, ...rest } = ecAnswers;
    const r = checkClaim('economic_compensation', EC, rest, {});
    expect(r.flags.map((f) => [f.severity, f.key])).toEqual([
      ['missing_input', 'claimedAmountFen'],
      ['missing_input', 'cityAvgMonthlyWageFen'],
      ['missing_input', 'minMonthlyWageFen'],
    ]);
  });

  it('a parameter typed by the applicant is used only when none is looked up; a differing one is reported', () => {
    const typed = {
      ...ecAnswers,
      claimedAmountFen: 6_300_000,
      cityAvgMonthlyWageFen: 700_000,
      minMonthlyWageFen: 249_000,
    };
    const fromAnswers = checkClaim('economic_compensation', EC, typed, {});
    expect(fromAnswers.computed?.amountFen).toBe(6_300_000);
    expect(fromAnswers.flags.filter((f) => f.message.startsWith('未提供当地参数'))).toHaveLength(2);
    const differs = checkClaim('economic_compensation', EC, typed, params);
    expect(differs.flags.map((f) => f.message)).toContain(
      '申请人填写的“上年度职工月平均工资”为 7,000.00 元，与当地参数 8,000.00 元不一致，按当地参数计算；如有争议由仲裁庭认定',
    );
  });

  it('a bad local parameter is an impossible input naming the parameter', () => {
    const r = checkClaim('economic_compensation', EC, ecAnswers, { ...params, cityAvgMonthlyWageFen: 0 });
    expect(r.flags.map((f) => f.message)).toEqual([
      '当地参数“上年度职工月平均工资”有误：上年度职工月平均工资（cityAvgMonthlyWageFen）必须大于零：0',
    ]);
  });

  it('a claimed amount that is not integer fen is an impossible input', () => {
    const r = checkClaim('economic_compensation', EC, { ...ecAnswers, claimedAmountFen: 80000.5 }, params);
    expect(r.claimedFen).toBeUndefined();
    expect(severities(r)).toEqual(['impossible_input']);
    expect(r.computed?.amountFen).toBe(6_300_000);
  });

  it('passes the tribunal’s 2008 split option through; the calculator’s warnings become info flags', () => {
    const early = { ...ecAnswers, startDate: '2005-03-01', claimedAmountFen: 1 };
    const unsplit = checkClaim('economic_compensation', EC, early, params);
    expect(unsplit.flags.some((f) => f.severity === 'info' && f.message.includes('第九十七条第三款'))).toBe(
      true,
    );
    const split = checkClaim('economic_compensation', EC, early, { ...params, splitAt2008: true });
    expect(split.computed?.amountFen).toBeLessThan(unsplit.computed?.amountFen ?? 0);
  });

  it('refuses a template that does not serve the claim type', () => {
    const r = checkClaim('overtime', EC, ecAnswers, params);
    expect(r.flags).toEqual([
      { severity: 'missing_input', message: '要素模板“经济补偿要素”不适用于“加班费”，无法核算' },
    ]);
  });
});

describe('checkClaim — the other calculators through their templates', () => {
  it('违法解除赔偿金 = 2 × 经济补偿', () => {
    const r = checkClaim(
      'unlawful_termination',
      load('unlawful_termination'),
      { ...ecAnswers, claimedAmountFen: 12_600_000 },
      params,
    );
    expect(r.computed?.amountFen).toBe(12_600_000);
    expect(severities(r)).toEqual(['info']);
  });

  it('被迫解除 uses the 经济补偿 calculator', () => {
    const r = checkClaim('forced_resignation', load('forced_resignation'), ecAnswers, params);
    expect([r.calculator, r.computed?.amountFen]).toEqual(['economicCompensation', 6_300_000]);
  });

  it('欠薪: month rows feed wageArrears; a repeated month is refused naming the list', () => {
    const t = load('wage_arrears');
    const rows = [
      { month: '2025-01', payableFen: 900_000, paidFen: 500_000 },
      { month: '2025-02', payableFen: 900_000, paidFen: 0 },
    ];
    const ok = checkClaim('wage_arrears', t, { claimedAmountFen: 1_300_000, monthlyWages: rows }, params);
    expect(ok.computed?.amountFen).toBe(1_300_000);
    const dup = checkClaim(
      'wage_arrears',
      t,
      { claimedAmountFen: 1, monthlyWages: [rows[0]!, rows[0]!] },
      params,
    );
    expect(dup.flags.at(-1)).toMatchObject({ severity: 'impossible_input', key: 'monthlyWages' });
    expect(dup.flags.at(-1)?.message).toMatch(/^要素“欠薪月份明细”有误：第2个月份/);
  });

  it('加班费, with the amount already paid noted but not deducted', () => {
    const r = checkClaim(
      'overtime',
      load('overtime'),
      {
        claimedAmountFen: 300_000,
        overtimeBaseFen: 870_000,
        weekdayHours: 10,
        restDayHours: 8,
        holidayHours: 8,
        overtimePaidFen: 50_000,
      },
      params,
    );
    expect(r.computed?.amountFen).toBe(275_000);
    expect(severities(r)).toEqual(['info', 'info', 'over_claim']); // the paid note, the calculator's 300 % warning
    expect(r.flags[0]?.message).toContain('已支付加班费 500.00 元未在上述计算中扣减');
  });

  it('工伤: the grade choice feeds the calculator as a number', () => {
    const r = checkClaim(
      'work_injury',
      load('work_injury'),
      { claimedAmountFen: 7_800_000, disabilityGrade: '7', personalMonthlyWageFen: 600_000 },
      { regionAvgMonthlyWageFen: 800_000 },
    );
    expect(r.computed?.amountFen).toBe(7_800_000);
  });

  it('二倍工资, 年休假, 竞业限制 compute from their templates', () => {
    expect(
      checkClaim('double_wages', load('double_wages'), {
        claimedAmountFen: 1,
        hireDate: '2025-01-01',
        separationDate: '2025-12-31',
        monthlyWageFen: 900_000,
      }).computed?.amountFen,
    ).toBe(9_900_000);
    const leave = {
      claimedAmountFen: 1,
      year: 2025,
      cumulativeYears: 12,
      hireDate: '2020-03-01',
      leaveDate: '2025-06-30',
      daysTaken: 1,
      avgMonthlyWageFen: 870_000,
    };
    expect(checkClaim('annual_leave', load('annual_leave'), leave).computed?.amountFen).toBe(240_000);
    const nc = checkClaim(
      'non_compete',
      load('non_compete'),
      { claimedAmountFen: 1, avgMonthlyWageFen: 900_000, months: 24 },
      params,
    );
    expect(nc.computed?.amountFen).toBe(6_480_000);
  });

  it('确认劳动关系 has no amount to check', () => {
    const r = checkClaim('confirm_relationship', load('confirm_relationship'), {});
    expect(r).toEqual({
      claimType: 'confirm_relationship',
      calculator: null,
      flags: [{ severity: 'info', message: '“确认劳动关系”不涉及按法定标准计算的金额' }],
    });
  });
});
