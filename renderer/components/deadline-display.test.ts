import { describe, expect, it } from 'vitest';
import {
  daysLeftText,
  deadlineStatusLabel,
  deadlineTone,
  firstGap,
  responsibleLabel,
  TONE_COLOR,
} from './deadline-display';

const d = (
  status: string,
  daysLeft: number | null,
  over: Partial<Parameters<typeof daysLeftText>[0]> = {},
) => ({
  status,
  daysLeft,
  dueDate: '2026-10-27',
  completedOn: null,
  gap: null,
  ...over,
});

describe('deadlineTone', () => {
  it('colours by urgency', () => {
    expect(deadlineTone(d('overdue', -3))).toBe('overdue');
    expect(deadlineTone(d('pending', 0))).toBe('soon');
    expect(deadlineTone(d('pending', 2))).toBe('soon');
    expect(deadlineTone(d('pending', 3))).toBe('pending');
    expect(deadlineTone(d('pending', null))).toBe('pending');
    expect(deadlineTone(d('pending', -1))).toBe('overdue');
    expect(deadlineTone(d('met', null))).toBe('met');
    expect(deadlineTone(d('met_late', null))).toBe('met');
    expect(deadlineTone(d('paused', 5))).toBe('paused');
    expect(deadlineTone(d('cancelled', null))).toBe('cancelled');
    expect(deadlineTone(d('expired', -1))).toBe('expired');
    expect(deadlineTone(d('missed', -2))).toBe('missed');
  });
  it('maps tones to antd colours', () => {
    expect(TONE_COLOR.overdue).toBe('red');
    expect(TONE_COLOR.soon).toBe('orange');
    expect(TONE_COLOR.pending).toBe('blue');
    expect(TONE_COLOR.met).toBe('green');
    expect(TONE_COLOR.paused).toBe('gray');
    expect(TONE_COLOR.cancelled).toBe('gray');
    expect(TONE_COLOR.missed).toBe('red');
  });
});

describe('daysLeftText', () => {
  it('says how long is left, in the rule’s unit', () => {
    expect(daysLeftText(d('pending', 3))).toBe('剩余 3 日');
    expect(daysLeftText(d('pending', 2, { unit: 'workday' }))).toBe('剩余 2 个工作日');
    expect(daysLeftText(d('pending', 0))).toBe('今日到期');
    expect(daysLeftText(d('overdue', -4))).toBe('已超期 4 日');
    expect(daysLeftText(d('paused', 10))).toBe('暂停计算（剩余 10 日）');
  });
  it('says when finished deadlines were done, and nothing for cancelled ones', () => {
    expect(daysLeftText(d('met', null, { completedOn: '2026-09-03' }))).toBe('已于 2026-09-03 完成');
    expect(daysLeftText(d('cancelled', null))).toBe('');
  });
  it('keeps a missed deadline visible as overdue, with the day it stopped being needed', () => {
    expect(daysLeftText(d('missed', -2, { unit: 'workday', completedOn: '2026-09-10' }))).toBe(
      '已超期 2 个工作日，2026-09-10 起无需办理',
    );
    expect(daysLeftText(d('missed', null, { completedOn: '2026-09-10' }))).toBe(
      '已超期，2026-09-10 起无需办理',
    );
    expect(daysLeftText(d('missed', null))).toBe('已超期');
    expect(deadlineStatusLabel('missed')).toBe('超期（已无需办理）');
  });
  it('flags a due date the calendar cannot compute', () => {
    expect(daysLeftText(d('pending', null, { dueDate: null, gap: '2027 年节假日安排尚未载入' }))).toBe(
      '日历缺失，无法计算',
    );
  });
});

describe('labels', () => {
  it('names statuses and who is responsible', () => {
    expect(deadlineStatusLabel('overdue')).toBe('已超期');
    expect(deadlineStatusLabel('weird')).toBe('weird');
    expect(responsibleLabel('respondent')).toBe('被申请人');
  });
  it('finds the first calendar gap', () => {
    expect(firstGap([{ gap: null }, { gap: '缺 2027 年' }, { gap: '缺 2028 年' }])).toBe('缺 2027 年');
    expect(firstGap([{ gap: null }])).toBeNull();
  });
});
