import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/domain/reference-data';
import { calendarFixFor, mayImportCalendarYear } from './calendar-fix';

describe('the fix offered with a calendar gap', () => {
  it.each<[readonly StaffRole[], boolean]>([
    [['admin'], true],
    [['director'], true],
    [['arbitrator', 'director'], true],
    [['clerk'], false],
    [['arbitrator'], false],
    [['mediator'], false],
    [[], false],
  ])('%j may import a year: %s', (roles, may) => {
    expect(mayImportCalendarYear(roles)).toBe(may);
  });

  it('offers the import to those who may, and whom to ask to the others', () => {
    expect(calendarFixFor(['director'], '设置 › 工作日历')).toEqual({
      kind: 'import',
      text: '设置 › 工作日历',
    });
    expect(calendarFixFor(['clerk'], '设置 › 工作日历')).toEqual({
      kind: 'contact',
      text: '请联系管理员导入',
    });
  });
});
