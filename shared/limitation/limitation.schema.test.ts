import { describe, it, expect } from 'vitest';
import { LimitationInput } from './limitation.schema';

const messages = (data: unknown): string[] => {
  const r = LimitationInput.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const valid = { claimType: 'wage_arrears', knewOn: '2025-03-10', applicationOn: '2026-04-01' };

describe('LimitationInput', () => {
  it('fills in empty interruption and suspension lists and keeps optional fields absent', () => {
    const parsed = LimitationInput.parse(valid);
    expect(parsed).toEqual({ ...valid, interruptions: [], suspensions: [] });
    expect('employmentEndedOn' in parsed).toBe(false);
  });

  it('accepts a full input', () => {
    const data = {
      ...valid,
      employmentEndedOn: '2025-12-31',
      stillEmployed: false,
      interruptions: [{ on: '2025-06-01', kind: 'mediation_application', note: ' 街道调解委员会 ' }],
      suspensions: [
        { from: '2025-07-01', to: '2025-08-15', reason: '不可抗力' },
        { from: '2026-01-01', reason: '住院' },
      ],
    };
    expect(LimitationInput.parse(data).interruptions[0]?.note).toBe('街道调解委员会');
  });

  it('names the field in every message', () => {
    expect(messages({})).toEqual([
      'claimType: 请选择请求类型（案由）',
      'knewOn: 请填写知道或者应当知道权利被侵害之日',
      'applicationOn: 请填写仲裁申请日期',
    ]);
    expect(messages({ ...valid, knewOn: '2025-02-29', employmentEndedOn: '2025/12/31' })).toEqual([
      'knewOn: 知道或者应当知道权利被侵害之日无效（格式应为 YYYY-MM-DD，且须为真实日期）',
      'employmentEndedOn: 劳动关系终止日期无效（格式应为 YYYY-MM-DD，且须为真实日期）',
    ]);
    expect(messages({ ...valid, claimType: 'bonus' })).toEqual(['claimType: 请选择请求类型（案由）']);
  });

  it('checks interruptions and suspensions', () => {
    expect(
      messages({
        ...valid,
        interruptions: [{ on: '2025-13-01', kind: 'phone_call' }],
        suspensions: [{ from: '2025-08-15', to: '2025-07-01', reason: '  ' }],
      }),
    ).toEqual([
      'interruptions.0.on: 时效中断日期无效（格式应为 YYYY-MM-DD，且须为真实日期）',
      'interruptions.0.kind: 请选择时效中断事由',
      'suspensions.0.reason: 请填写时效中止事由',
      'suspensions.0.to: 时效中止结束日期不能早于开始日期',
    ]);
    expect(
      messages({ ...valid, suspensions: [{ from: '2025-08-15', to: '2025-07-01', reason: '不可抗力' }] }),
    ).toEqual(['suspensions.0.to: 时效中止结束日期不能早于开始日期']);
    expect(messages({ ...valid, interruptions: 'none' })).toEqual(['interruptions: 时效中断事由须为列表']);
  });

  it('refuses "still employed" together with an end date', () => {
    expect(messages({ ...valid, stillEmployed: true, employmentEndedOn: '2025-12-31' })).toEqual([
      'employmentEndedOn: 劳动关系仍存续时不应填写劳动关系终止日期',
    ]);
    expect(messages({ ...valid, stillEmployed: 'yes' })).toEqual([
      'stillEmployed: “劳动关系是否存续”须为是或否',
    ]);
  });

  it('does not reject odd but possible facts (the check warns instead)', () => {
    expect(
      messages({
        ...valid,
        knewOn: '2026-05-01',
        interruptions: [{ on: '2020-01-01', kind: 'other' }],
        suspensions: [{ from: '2027-01-01', reason: '不可抗力' }],
      }),
    ).toEqual([]);
  });
});
