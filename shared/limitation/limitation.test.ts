import { describe, it, expect } from 'vitest';
import { officialCalendar as cal } from '../calendar';
import type { CalendarYearDataInput } from '../calendar';
import { CalendarYearData } from '../calendar';
import {
  CIVIL_193,
  CIVIL_202,
  CIVIL_203,
  LAW_27_1,
  LAW_27_2,
  LAW_27_3,
  LAW_27_4,
  OVERTIME_CASE,
  RULES_27,
} from './basis';
import { checkLimitation } from './limitation';
import { LimitationInput } from './limitation.schema';
import type { LimitationInputData } from './limitation.schema';

// Dates checked against the official 2019/2020/2025/2026 arrangements (shared/calendar official-2025-2026.test.ts).

const check = (data: LimitationInputData, options?: Parameters<typeof checkLimitation>[2]) =>
  checkLimitation(LimitationInput.parse(data), cal, options);

const BARRED_TAIL = '时效属于被申请人的抗辩事由，本系统不据此拒绝受理。';

describe('the ordinary one-year rule (第二十七条第一款; 民法典 art 202)', () => {
  it('reference example: knew on 2025-03-10 → last day 2026-03-10', () => {
    const r = check({
      claimType: 'economic_compensation',
      knewOn: '2025-03-10',
      applicationOn: '2026-02-01',
    });
    expect(r).toMatchObject({ barDate: '2026-03-10', inTime: true, status: 'in_time', warnings: [] });
    expect(r.explain).toContain('知道权利被侵害之日 2025-03-10 起算一年 → 2026-03-10');
    expect(r.basis).toEqual(expect.arrayContaining([LAW_27_1, CIVIL_202]));
    expect(r.basis).not.toContain(CIVIL_203);
  });

  it('the last day itself is in time; the day after is barred, with a warning that does not refuse', () => {
    expect(check({ claimType: 'other', knewOn: '2025-03-10', applicationOn: '2026-03-10' }).status).toBe(
      'in_time',
    );
    const late = check({ claimType: 'other', knewOn: '2025-03-10', applicationOn: '2026-04-01' });
    expect(late).toMatchObject({ barDate: '2026-03-10', inTime: false, status: 'time_barred' });
    expect(late.warnings).toEqual([`申请日 2026-04-01 已超过仲裁时效（届满日 2026-03-10）。${BARRED_TAIL}`]);
    expect(late.basis).toContain(CIVIL_193);
  });

  it('rolls a holiday anniversary forward: 2026-10-01 (国庆节) → 2026-10-08', () => {
    const r = check({ claimType: 'unlawful_termination', knewOn: '2025-10-01', applicationOn: '2026-10-08' });
    expect(r).toMatchObject({ barDate: '2026-10-08', status: 'in_time' });
    expect(r.explain).toContain('末日 2026-10-01 为休息日，顺延至 2026-10-08');
    expect(r.basis).toContain(CIVIL_203);
    expect(
      check({ claimType: 'unlawful_termination', knewOn: '2025-10-01', applicationOn: '2026-10-09' }).status,
    ).toBe('time_barred');
  });

  it('rolls a Saturday forward (2026-03-14 → Monday 2026-03-16), but not a 调休 working Saturday (2026-10-10)', () => {
    expect(check({ claimType: 'other', knewOn: '2025-03-14', applicationOn: '2025-04-01' }).barDate).toBe(
      '2026-03-16',
    );
    const makeUp = check({ claimType: 'other', knewOn: '2025-10-10', applicationOn: '2025-11-01' });
    expect(makeUp.barDate).toBe('2026-10-10');
    expect(makeUp.basis).not.toContain(CIVIL_203);
  });

  it('equals calendar.addYears(start, 1, { rollForward: true }) without interruptions or suspensions', () => {
    for (const knewOn of ['2024-02-29', '2019-10-01', '2023-12-31', '2025-05-31']) {
      expect(check({ claimType: 'other', knewOn, applicationOn: knewOn }).barDate).toBe(
        cal.addYears(knewOn, 1, { rollForward: true }),
      );
    }
    expect(check({ claimType: 'other', knewOn: '2024-02-29', applicationOn: '2024-03-01' }).barDate).toBe(
      '2025-02-28',
    );
  });

  it('warns when the party learned of the infringement after the application day', () => {
    const r = check({ claimType: 'other', knewOn: '2026-03-01', applicationOn: '2026-02-01' });
    expect(r.status).toBe('in_time');
    expect(r.warnings).toContain(
      '知道或者应当知道权利被侵害之日 2026-03-01 晚于仲裁申请日 2026-02-01，请核实日期',
    );
  });
});

describe('interruption (第二十七条第二款)', () => {
  it('a mediation application restarts the full year', () => {
    const r = check({
      claimType: 'economic_compensation',
      knewOn: '2025-03-10',
      interruptions: [{ on: '2025-06-01', kind: 'mediation_application' }],
      applicationOn: '2026-04-01',
    });
    expect(r).toMatchObject({ barDate: '2026-06-01', inTime: true, status: 'in_time', warnings: [] });
    expect(r.explain).toContain('2025-06-01 申请调解，时效中断，重新起算一年 → 2026-06-01');
    expect(r.basis).toEqual(expect.arrayContaining([LAW_27_2, RULES_27]));
  });

  it('several interruptions, in any input order, each restart from the latest', () => {
    const r = check({
      claimType: 'annual_leave',
      knewOn: '2024-01-15',
      interruptions: [
        { on: '2025-08-20', kind: 'other_party_agreed', note: '单位书面承诺支付' },
        { on: '2024-09-01', kind: 'claim_to_other_party' },
        { on: '2025-03-03', kind: 'department_complaint' },
      ],
      applicationOn: '2026-08-01',
    });
    expect(r).toMatchObject({ barDate: '2026-08-20', status: 'in_time', warnings: [] });
    expect(r.explain.slice(2)).toEqual([
      '2024-09-01 向对方当事人主张权利，时效中断，重新起算一年 → 2025-09-01',
      '2025-03-03 向有关部门请求权利救济，时效中断，重新起算一年 → 2026-03-03',
      '2025-08-20 对方当事人同意履行义务，时效中断，重新起算一年 → 2026-08-20',
      '仲裁时效届满日 2026-08-20；申请日 2026-08-01 未超过仲裁时效',
    ]);
    expect(r.basis).not.toContain(RULES_27); // only mediation and 支付令 rest on the rules
  });

  it('an interruption after the period expired does not revive it', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2024-03-11',
      interruptions: [{ on: '2025-05-01', kind: 'claim_to_other_party' }],
      applicationOn: '2025-06-01',
    });
    expect(r).toMatchObject({ barDate: '2025-03-11', inTime: false, status: 'time_barred' });
    expect(r.warnings[0]).toBe(
      '2025-05-01 向对方当事人主张权利时，仲裁时效已于 2025-03-11 届满；已届满的时效不因此中断或重新起算，已忽略',
    );
    expect(r.basis).not.toContain(LAW_27_2);
  });

  it('an interruption on a rolled-forward last day is still within the period', () => {
    // 2019-10-01 is 国庆节, so the period knew on 2018-10-01 runs through 2019-10-08.
    const r = check({
      claimType: 'other',
      knewOn: '2018-10-01',
      interruptions: [{ on: '2019-10-05', kind: 'payment_order' }],
      applicationOn: '2020-10-09',
    });
    expect(r.explain).toContain('2019-10-05 申请支付令，时效中断，重新起算一年 → 2020-10-05');
    expect(r).toMatchObject({ barDate: '2020-10-09', status: 'in_time' });
    const oneDayLate = check({
      claimType: 'other',
      knewOn: '2018-10-01',
      interruptions: [{ on: '2019-10-09', kind: 'payment_order' }],
      applicationOn: '2019-10-10',
    });
    expect(oneDayLate).toMatchObject({ barDate: '2019-10-08', status: 'time_barred' });
  });

  it('ignores, with warnings, interruptions before the start or after the application', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      interruptions: [
        { on: '2025-01-01', kind: 'claim_to_other_party' },
        { on: '2026-05-01', kind: 'mediation_application' },
      ],
      applicationOn: '2026-04-01',
    });
    expect(r).toMatchObject({ barDate: '2026-03-10', status: 'time_barred' });
    expect(r.warnings).toEqual([
      '2025-01-01 向对方当事人主张权利，早于知道或者应当知道权利被侵害之日 2025-03-10，不引起时效中断，已忽略',
      '2026-05-01 申请调解，晚于仲裁申请日 2026-04-01，与本次申请的时效无关，已忽略',
      `申请日 2026-04-01 已超过仲裁时效（届满日 2026-03-10）。${BARRED_TAIL}`,
    ]);
  });

  it('asks to verify an "other" interruption', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      interruptions: [{ on: '2025-04-01', kind: 'other' }],
      applicationOn: '2025-05-01',
    });
    expect(r.explain).toContain(
      '2025-04-01 其他中断事由（请核实是否属于第二十七条第二款所列情形），时效中断，重新起算一年 → 2026-04-01',
    );
  });
});

describe('劳动报酬 (第二十七条第四款)', () => {
  it('wage arrears while employed: not running', () => {
    const r = check({
      claimType: 'wage_arrears',
      knewOn: '2020-01-31',
      stillEmployed: true,
      interruptions: [{ on: '2021-01-01', kind: 'claim_to_other_party' }],
      applicationOn: '2026-04-01',
    });
    expect(r).toMatchObject({ barDate: null, inTime: 'not_applicable', status: 'not_running', warnings: [] });
    expect(r.basis).toEqual([LAW_27_4]);
    expect(r.explain).toContain('劳动关系仍存续，仲裁时效不起算');
  });

  it('after leaving: one year from the end of the relationship, however old the arrears', () => {
    const base = {
      claimType: 'wage_arrears',
      knewOn: '2023-01-31',
      employmentEndedOn: '2025-06-30',
    } as const;
    const r = check({ ...base, applicationOn: '2026-05-01' });
    expect(r).toMatchObject({ barDate: '2026-06-30', status: 'in_time', warnings: [] });
    expect(r.explain).toContain('劳动关系终止之日 2025-06-30 起算一年 → 2026-06-30');
    expect(check({ ...base, applicationOn: '2026-07-15' }).status).toBe('time_barred');
  });

  it('ignores interruptions during employment, and applying before the end date is not running', () => {
    const r = check({
      claimType: 'wage_arrears',
      knewOn: '2023-01-31',
      employmentEndedOn: '2025-06-30',
      interruptions: [{ on: '2024-05-01', kind: 'department_complaint' }],
      applicationOn: '2026-05-01',
    });
    expect(r.barDate).toBe('2026-06-30');
    expect(r.warnings).toEqual([
      '2024-05-01 向有关部门请求权利救济，早于劳动关系终止之日 2025-06-30（劳动报酬争议的时效自终止之日起算），不引起时效中断，已忽略',
    ]);
    const during = check({
      claimType: 'wage_arrears',
      knewOn: '2023-01-31',
      employmentEndedOn: '2025-06-30',
      applicationOn: '2025-05-01',
    });
    expect(during).toMatchObject({ status: 'not_running', barDate: null, inTime: 'not_applicable' });
  });

  it('warns when wages fell due after the end date (still counted from the end)', () => {
    const r = check({
      claimType: 'wage_arrears',
      knewOn: '2025-07-15',
      employmentEndedOn: '2025-06-30',
      applicationOn: '2025-08-01',
    });
    expect(r.barDate).toBe('2026-06-30');
    expect(r.warnings[0]).toContain('晚于劳动关系终止之日 2025-06-30');
  });

  it('without an end date and not marked employed: the ordinary rule, with a warning asking for the date', () => {
    const r = check({ claimType: 'wage_arrears', knewOn: '2025-03-10', applicationOn: '2026-04-01' });
    expect(r).toMatchObject({ barDate: '2026-03-10', status: 'time_barred' });
    expect(r.warnings[0]).toContain('未填写劳动关系终止日期');
    expect(r.basis).toEqual(expect.arrayContaining([LAW_27_4, LAW_27_1]));
  });

  it('overtime pay is 劳动报酬 (MOHRSS/SPC typical case): left in Feb 2019, applied in Dec 2019 → in time', () => {
    const r = check({
      claimType: 'overtime',
      knewOn: '2017-06-30',
      employmentEndedOn: '2019-02-28',
      applicationOn: '2019-12-16',
    });
    expect(r).toMatchObject({ barDate: '2020-02-28', status: 'in_time' });
    expect(r.basis).toEqual(expect.arrayContaining([LAW_27_4, OVERTIME_CASE]));
    const employed = check({
      claimType: 'overtime',
      knewOn: '2017-06-30',
      stillEmployed: true,
      applicationOn: '2019-12-16',
    });
    expect(employed.status).toBe('not_running');
  });

  it('double wages follow the ordinary rule even while employed', () => {
    const r = check({
      claimType: 'double_wages',
      knewOn: '2024-12-31',
      stillEmployed: true,
      applicationOn: '2026-02-02',
    });
    expect(r).toMatchObject({ barDate: '2025-12-31', status: 'time_barred' });
    expect(r.basis).toContain(LAW_27_1);
    expect(r.basis).not.toContain(LAW_27_4);
  });

  it('the list is configurable per committee', () => {
    const data = {
      claimType: 'double_wages',
      knewOn: '2024-12-31',
      stillEmployed: true,
      applicationOn: '2026-02-02',
    } as const;
    expect(check(data, { remunerationTypes: ['wage_arrears', 'overtime', 'double_wages'] }).status).toBe(
      'not_running',
    );
    const overtime = {
      claimType: 'overtime',
      knewOn: '2024-12-31',
      stillEmployed: true,
      applicationOn: '2026-02-02',
    } as const;
    expect(check(overtime, { remunerationTypes: ['wage_arrears'] }).status).toBe('time_barred');
  });
});

describe('suspension (第二十七条第三款)', () => {
  it('extends the last day by the suspended days, then rolls forward', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      suspensions: [{ from: '2025-07-01', to: '2025-08-15', reason: '不可抗力' }],
      applicationOn: '2026-04-20',
    });
    expect(r).toMatchObject({ barDate: '2026-04-27', status: 'in_time', warnings: [] });
    expect(r.explain).toEqual(
      expect.arrayContaining([
        '2025-07-01 至 2025-08-15 因不可抗力中止 46 日，期间顺延 → 2026-04-25',
        '末日 2026-04-25 为休息日，顺延至 2026-04-27',
      ]),
    );
    expect(r.basis).toContain(LAW_27_3);
  });

  it('a suspension straddling the last day pushes the remainder past the end of the cause', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      suspensions: [{ from: '2026-03-01', to: '2026-03-20', reason: '因疫情封控' }],
      applicationOn: '2026-03-25',
    });
    // 2026-03-01…03-10 (10 days) were left when the cause began; they run 03-21…03-30.
    expect(r.barDate).toBe('2026-03-30');
    expect(r.explain).toContain('2026-03-01 至 2026-03-20 因疫情封控中止 20 日，期间顺延 → 2026-03-30');
  });

  it('counts overlapping suspensions once, and none before a restart or after expiry', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2024-03-11',
      interruptions: [{ on: '2025-01-06', kind: 'claim_to_other_party' }],
      suspensions: [
        { from: '2024-05-01', to: '2024-05-31', reason: '不可抗力' },
        { from: '2025-02-01', to: '2025-02-10', reason: '不可抗力' },
        { from: '2025-02-05', to: '2025-02-14', reason: '申请人住院' },
        { from: '2026-06-01', to: '2026-06-05', reason: '不可抗力' },
      ],
      applicationOn: '2026-06-10',
    });
    // Restart 2025-01-06 → 2026-01-06, + 14 days (02-01…02-14) → 2026-01-20.
    expect(r).toMatchObject({ barDate: '2026-01-20', status: 'time_barred' });
    expect(r.explain).toEqual(
      expect.arrayContaining([
        '2024-05-01 至 2024-05-31 因不可抗力中止，在本次时效期间起算之前，不予顺延',
        '2025-02-01 至 2025-02-14 因不可抗力、申请人住院中止 14 日，期间顺延 → 2026-01-20',
        '2026-06-01 至 2026-06-05 因不可抗力中止，在时效期间届满之后，不予顺延',
      ]),
    );
  });

  it('a suspension before the start counts only its days inside the period', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      suspensions: [{ from: '2025-03-01', to: '2025-03-20', reason: '不可抗力' }],
      applicationOn: '2025-04-01',
    });
    expect(r.barDate).toBe('2026-03-20');
    expect(r.explain).toContain(
      '2025-03-01 至 2025-03-20 因不可抗力中止，其中 10 日在时效期间内，期间顺延 → 2026-03-20',
    );
  });

  it('an open suspension lasts through the application day, with a warning; later ones are ignored', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2025-03-10',
      suspensions: [
        { from: '2026-02-01', reason: '不可抗力' },
        { from: '2026-05-01', to: '2026-05-10', reason: '不可抗力' },
      ],
      applicationOn: '2026-04-01',
    });
    expect(r.status).toBe('in_time');
    expect(r.warnings).toEqual([
      '2026-02-01 起因不可抗力中止，尚未填写中止事由消除之日，暂按持续至仲裁申请日 2026-04-01 计算，请核实',
      '2026-05-01 起因不可抗力中止，晚于仲裁申请日 2026-04-01，已忽略',
    ]);
    // 2026-02-01…04-01 = 60 days: 2026-03-10 + 60 = 2026-05-09, a 调休 working Saturday.
    expect(r.barDate).toBe('2026-05-09');
  });
});

describe('edges of the chosen readings', () => {
  it('an interruption never shortens the period (leap-year edge inside a suspension)', () => {
    // Knew 2023-03-01: a 366-day year. Suspended 2023-03-02…2024-03-31 (396 days) → 2025-04-01. Restarting on
    // 2024-02-29 gives a 365-day year + 31 suspended days → 2025-03-31, a day earlier: the old last day stands.
    const r = check({
      claimType: 'other',
      knewOn: '2023-03-01',
      interruptions: [{ on: '2024-02-29', kind: 'other_party_agreed' }],
      suspensions: [{ from: '2023-03-02', to: '2024-03-31', reason: '不可抗力' }],
      applicationOn: '2025-04-01',
    });
    expect(r).toMatchObject({ barDate: '2025-04-01', status: 'in_time' });
    expect(r.explain).toContain(
      '重新起算的届满日早于原届满日 2025-04-01，时效中断不缩短期间，仍以 2025-04-01 为末日',
    );
  });

  it('an unparsed input with both "still employed" and an end date counts from the end date, with a warning', () => {
    const input = {
      ...LimitationInput.parse({
        claimType: 'wage_arrears',
        knewOn: '2025-01-31',
        applicationOn: '2025-09-01',
      }),
    };
    const r = checkLimitation({ ...input, stillEmployed: true, employmentEndedOn: '2025-06-30' }, cal);
    expect(r.barDate).toBe('2026-06-30');
    expect(r.warnings[0]).toContain('本次按终止日期计算');
  });

  it('rejects an invalid date given without parsing', () => {
    const input = LimitationInput.parse({
      claimType: 'other',
      knewOn: '2025-01-31',
      applicationOn: '2025-09-01',
    });
    expect(() => checkLimitation({ ...input, applicationOn: '2025-02-30' }, cal)).toThrow(RangeError);
  });
});

describe('CALENDAR_GAP: never guessed, never thrown', () => {
  it('knew 2026-06-01: the last day falls in 2027 (not loaded) → barDate null, in time, with the gap message', () => {
    const r = check({ claimType: 'other', knewOn: '2026-06-01', applicationOn: '2026-07-01' });
    expect(r).toMatchObject({ barDate: null, inTime: true, status: 'in_time' });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^无法确定仲裁时效届满日：2027 年的节假日安排尚未载入/) as unknown as string,
    ]);
    expect(r.explain).toContain(
      '届满日不早于 2027-06-01（如为休息日应顺延，但所需年份的节假日安排尚未载入）',
    );
  });

  it('an application after the unrolled last day in a missing year is undetermined', () => {
    const r = check({ claimType: 'other', knewOn: '2026-01-05', applicationOn: '2027-01-06' });
    expect(r).toMatchObject({ barDate: null, inTime: 'unknown', status: 'undetermined' });
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toContain('2027 年的节假日安排尚未载入');
  });

  it('an interruption whose validity needs a missing year is undetermined', () => {
    const r = check({
      claimType: 'other',
      knewOn: '2026-01-01',
      interruptions: [{ on: '2027-01-02', kind: 'claim_to_other_party' }],
      applicationOn: '2027-02-01',
    });
    expect(r.status).toBe('undetermined');
  });

  it('computes once the administrator imports the year', () => {
    const y2027: CalendarYearDataInput = {
      year: 2027,
      source: '测试数据',
      days: [{ date: '2027-06-01', isOffDay: true, name: '测试休息日' }],
    };
    const withYear = cal.withYear(CalendarYearData.parse(y2027));
    const r = checkLimitation(
      LimitationInput.parse({ claimType: 'other', knewOn: '2026-06-01', applicationOn: '2026-07-01' }),
      withYear,
    );
    expect(r).toMatchObject({ barDate: '2027-06-02', status: 'in_time', warnings: [] });
  });
});
