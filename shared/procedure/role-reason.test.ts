import { describe, expect, it } from 'vitest';
import { rolesText, whoMayText } from '../domain/staff/who-may';
import type { StaffRole } from '../domain/reference-data';
import { actionById } from './machine';
import { roleReason } from './role-reason';

describe('who may take a step, in Chinese', () => {
  it.each<[readonly StaffRole[], string]>([
    [['arbitrator'], '仲裁员'],
    [['director', 'arbitrator'], '仲裁员或主任'],
    [['clerk', 'arbitrator', 'director'], '仲裁员、书记员或主任'],
    [['director', 'admin'], '主任或系统管理员'],
    [[], ''],
  ])('%j → %s', (roles, text) => {
    expect(rolesText(roles)).toBe(text);
  });

  it('says the verb, and that a step for no role is the system’s', () => {
    expect(whoMayText(['arbitrator'])).toBe('需由仲裁员办理');
    expect(whoMayText(['director', 'admin'], '导入')).toBe('需由主任或系统管理员导入');
    expect(whoMayText([])).toBe('只能由系统执行');
  });

  it.each([
    ['arb.awarded', '需由仲裁员或主任办理'],
    ['arb.suspended', '需由主任批准'],
    ['arb.extended', '需由主任批准'],
    ['arb.recusalDecided', '需由主任决定'],
    ['arb.counterclaimDecided', '需由仲裁员或主任决定'],
    ['arb.terminated', '需由主任办理'],
    ['case.archived', '需由书记员或主任办理'],
    ['med.accept', '需由调解员或主任办理'],
  ])('%s: %s', (id, reason) => {
    const action = actionById(id);
    expect(action && roleReason(action)).toBe(reason);
  });
});
