import { describe, expect, it } from 'vitest';
import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';
import { assignFormErrors, staffOptions } from './assign-form';

const person = (id: string, roles: StaffSummary['roles'], active = true): StaffSummary => ({
  id,
  officeId: 'o',
  name: `人${id}`,
  username: id,
  roles,
  active,
});

describe('assign form', () => {
  it('requires both people, different, and a reason for 调整 and 改派', () => {
    expect(assignFormErrors({ a: '', b: '', reason: '' }, 'override')).toEqual({
      a: '请选择A角（承办人）',
      b: '请选择B角（协办人）',
      reason: '请填写调整理由',
    });
    expect(assignFormErrors({ a: 'x', b: 'x', reason: '  ' }, 'reassign')).toEqual({
      b: 'A角与B角不能是同一人',
      reason: '请填写改派理由',
    });
    expect(assignFormErrors({ a: 'x', b: 'y', reason: '' }, 'proposal')).toEqual({});
    expect(assignFormErrors({ a: 'x', b: 'y', reason: '熟悉该企业' }, 'override')).toEqual({});
    expect(assignFormErrors({ a: 'x', b: 'y', reason: '长'.repeat(501) }, 'override').reason).toBe(
      '不能超过 500 个字符',
    );
  });

  it('offers active handlers: A from 仲裁员 and 调解员, B also from 书记员', () => {
    const staff = [
      person('1', ['arbitrator']),
      person('2', ['clerk']),
      person('3', ['director', 'admin']),
      person('4', ['mediator', 'clerk']),
      person('5', ['arbitrator'], false),
    ];
    expect(staffOptions(staff, 'A')).toEqual([
      { value: '1', label: '人1（仲裁员）' },
      { value: '4', label: '人4（调解员、书记员）' },
    ]);
    expect(staffOptions(staff, 'B').map((o) => o.value)).toEqual(['1', '2', '4']);
  });
});
