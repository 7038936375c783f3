import type { StaffRole } from '../../shared/domain/reference-data';
import { mayPerform } from '../../shared/mutations/may-perform';

/**
 * Who may import a year of holiday arrangements: `calendar:importYear` stores it through the settings.set mutation
 * (electron/main/services/calendar-service.ts), so its roles decide — the 主任 and the administrator.
 */
export const mayImportCalendarYear = (roles: readonly StaffRole[]): boolean =>
  mayPerform('settings.set', roles);

/** The fix offered with a calendar-gap warning: the settings page for those who can import, else whom to ask. */
export type CalendarFix = { kind: 'import'; text: string } | { kind: 'contact'; text: string };

export const calendarFixFor = (roles: readonly StaffRole[], importText: string): CalendarFix =>
  mayImportCalendarYear(roles)
    ? { kind: 'import', text: importText }
    : { kind: 'contact', text: '请联系管理员导入' };
