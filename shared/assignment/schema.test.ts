import { describe, it, expect } from 'vitest';
import { Assignment, CaseForAssignment } from './case.schema';
import { AssignmentSettings, DEFAULT_ASSIGNMENT_SETTINGS } from './settings.schema';
import { Leave, Relationship, StaffMember, leaveKindLabel } from './staff.schema';

const U1 = '0190a0b0-0000-7000-8000-000000000001';
const U2 = '0190a0b0-0000-7000-8000-000000000002';
const U3 = '0190a0b0-0000-7000-8000-000000000003';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('schemas — Chinese messages', () => {
  it('StaffMember needs a role and a name', () => {
    expect(
      StaffMember.safeParse({ id: U1, name: '张三', roles: ['arbitrator'], officeId: U2, active: true })
        .success,
    ).toBe(true);
    expect(
      messages(StaffMember.safeParse({ id: U1, name: ' ', roles: [], officeId: U2, active: true })),
    ).toEqual(['name: 不能为空', 'roles: 请至少选择一个角色']);
    expect(
      messages(StaffMember.safeParse({ id: U1, name: '张三', roles: ['judge'], officeId: U2, active: true })),
    ).toEqual(['roles.0: 角色无效']);
  });

  it('Leave: kind, real dates, end not before start', () => {
    const leave = { id: U1, staffId: U2, kind: 'training', from: '2026-10-08', to: '2026-10-09' };
    expect(Leave.safeParse(leave).success).toBe(true);
    expect(Leave.safeParse({ ...leave, to: leave.from }).success).toBe(true);
    expect(messages(Leave.safeParse({ ...leave, to: '2026-10-07' }))).toEqual([
      'to: 结束日期不能早于开始日期',
    ]);
    expect(messages(Leave.safeParse({ ...leave, kind: 'holiday', from: '2026-02-30' }))).toEqual([
      'kind: 请选择请假、出差或培训',
      'from: 日期无效（格式应为 YYYY-MM-DD，且须为真实日期）',
    ]);
    expect([leaveKindLabel('leave'), leaveKindLabel('business_trip'), leaveKindLabel('training')]).toEqual([
      '请假',
      '出差',
      '培训',
    ]);
  });

  it('Relationship names the party by a valid code or a name', () => {
    const ok = Relationship.safeParse({ staffId: U1, idNumber: '11010519491231002x', relation: '配偶' });
    expect(ok.success && ok.data.idNumber).toBe('11010519491231002X');
    expect(
      Relationship.safeParse({ staffId: U1, creditCode: '', partyName: '某公司', relation: '曾任顾问' })
        .success,
    ).toBe(true);
    expect(messages(Relationship.safeParse({ staffId: U1, relation: '配偶' }))).toEqual([
      'partyName: 请填写对方的公民身份号码、统一社会信用代码或名称/姓名中的至少一项',
    ]);
    expect(
      Relationship.safeParse({ staffId: U1, idNumber: '110105194912310021', relation: '配偶' }).success,
    ).toBe(false);
  });

  it('CaseForAssignment and Assignment', () => {
    const c = {
      id: U1,
      officeId: U2,
      kind: 'arbitration',
      isCollective: false,
      isSimple: true,
      status: 'accepted',
      parties: [{ name: '王五' }],
      deadlines: [{ ruleId: 'A6', label: '组庭通知', dueDate: '2026-10-09' }],
      a: U3,
    };
    expect(CaseForAssignment.safeParse(c).success).toBe(true);
    expect(messages(CaseForAssignment.safeParse({ ...c, parties: [], kind: 'court' }))).toEqual([
      'kind: 请选择调解或仲裁',
      'parties: 请至少填写一名当事人',
    ]);
    const a = { caseId: U1, a: U2, b: U2, reason: '工作量最低', at: '2026-10-09T09:00:00+08:00', by: U3 };
    expect(messages(Assignment.safeParse(a))).toEqual(['b: A角与B角不能是同一人']);
    expect(Assignment.safeParse({ ...a, b: U3 }).success).toBe(true);
  });

  it('AssignmentSettings fills the defaults and checks the ranges', () => {
    expect(DEFAULT_ASSIGNMENT_SETTINGS).toEqual({
      weights: { base: 1, collective: 3, simple: 0.5, mediation: 1, asB: 0.3 },
      recuseSameParties: false,
      escalationDays: 2,
    });
    expect(AssignmentSettings.parse({ weights: { collective: 2 } }).weights).toEqual({
      base: 1,
      collective: 2,
      simple: 0.5,
      mediation: 1,
      asB: 0.3,
    });
    expect(
      messages(AssignmentSettings.safeParse({ weights: { base: 0, asB: 2 }, escalationDays: 1.5 })),
    ).toEqual([
      'weights.base: 基础权重须大于 0',
      'weights.asB: B角折算比例不能超过 1',
      'escalationDays: 提醒提前天数须为整数',
    ]);
  });
});
