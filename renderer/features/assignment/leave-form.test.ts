import { describe, expect, it } from 'vitest';
import {
  blankLeave,
  conflictText,
  leaveDays,
  leaveFormErrors,
  leaveInput,
  leavePhase,
  sortLeaves,
  type LeaveConflict,
  type LeaveView,
} from './leave-form';

const names = (id: string) => ({ s1: '甲', s2: '丙' })[id] ?? id;
const conflict = (over: Partial<LeaveConflict> = {}): LeaveConflict => ({
  caseId: 'c1',
  caseNumber: '示劳仲案〔2026〕1号',
  date: '2026-11-30',
  deadlineLabel: '送达仲裁申请书副本',
  staffId: 's1',
  role: 'B',
  cover: { staffId: 's2', name: '丙', reason: '在办加权工作量最低' },
  coverError: null,
  ...over,
});
const leave = (id: string, from: string, to: string): LeaveView => ({
  id,
  staffId: 's1',
  kind: 'leave',
  from,
  to,
});

describe('leave form', () => {
  it('checks the person, kind and dates', () => {
    expect(leaveFormErrors(blankLeave('s1', '2026-11-26'))).toEqual({});
    expect(leaveFormErrors({ staffId: '', kind: '', from: '2026-02-30', to: '', note: '' })).toEqual({
      staffId: '请选择人员',
      kind: '请选择请假、出差或培训',
      from: '请填写有效日期（YYYY-MM-DD）',
      to: '请填写有效日期（YYYY-MM-DD）',
    });
    expect(
      leaveFormErrors({ staffId: 's', kind: 'training', from: '2026-11-27', to: '2026-11-26', note: '' }).to,
    ).toBe('结束日期不能早于开始日期');
  });

  it('builds the channel input, dropping an empty note', () => {
    expect(
      leaveInput({ staffId: 's', kind: 'business_trip', from: '2026-11-27', to: '2026-11-28', note: ' ' }),
    ).toEqual({ staffId: 's', kind: 'business_trip', from: '2026-11-27', to: '2026-11-28' });
    expect(
      leaveInput({ staffId: 's', kind: 'leave', from: '2026-11-27', to: '2026-11-27', note: ' 病假 ' }).note,
    ).toBe('病假');
  });

  it('names the case, the day, the deadline and the cover', () => {
    expect(conflictText(conflict(), names)).toBe(
      '示劳仲案〔2026〕1号：2026-11-30「送达仲裁申请书副本」到期，甲（B角）与另一角同时不在岗；建议由丙临时代办（在办加权工作量最低）',
    );
    expect(
      conflictText(conflict({ cover: null, coverError: '没有可代办的人员', caseNumber: undefined }), names),
    ).toBe(
      '未编号案件：2026-11-30「送达仲裁申请书副本」到期，甲（B角）与另一角同时不在岗；无法安排临时代办（没有可代办的人员），请主任处理',
    );
  });

  it('counts days and orders the calendar: open first by start, then past latest first', () => {
    expect(leaveDays('2026-11-27', '2026-11-28')).toBe(2);
    expect(leaveDays('2026-12-31', '2027-01-01')).toBe(2);
    const today = '2026-11-26';
    expect(leavePhase(leave('a', '2026-11-20', '2026-11-25'), today)).toBe('past');
    expect(leavePhase(leave('a', '2026-11-26', '2026-11-26'), today)).toBe('current');
    expect(leavePhase(leave('a', '2026-11-27', '2026-11-28'), today)).toBe('future');
    const sorted = sortLeaves(
      [
        leave('past1', '2026-10-01', '2026-10-02'),
        leave('future', '2026-12-01', '2026-12-02'),
        leave('past2', '2026-11-01', '2026-11-02'),
        leave('now', '2026-11-25', '2026-11-27'),
      ],
      today,
    );
    expect(sorted.map((l) => l.id)).toEqual(['now', 'future', 'past2', 'past1']);
  });
});
