import { Alert } from 'antd';
import { useEffect } from 'react';
import type { StaffRole } from '../../../shared/domain/reference-data';
import { useQuery } from '../../api/use-query';
import { CalendarFixLink } from '../../components/CalendarFixLink';
import { onCalendarChanged } from './calendar-events';
import { calendarWarnings } from './calendar-status';

/**
 * The app-wide warning when holiday data is missing for this year or the next: deadlines that need it cannot be
 * computed (working days are never guessed). Shown to every user; the fix (设置 › 工作日历) only to those who can
 * import a year, the others are told to ask the administrator.
 */
export function CalendarBanner({ roles }: { roles: readonly StaffRole[] }) {
  const status = useQuery('calendar:status', {});
  const { reload } = status;
  useEffect(() => onCalendarChanged(reload), [reload]);
  if (status.data === undefined) return null;
  const warnings = calendarWarnings(status.data);
  if (warnings.length === 0) return null;
  const level = warnings.some((w) => w.level === 'error') ? 'error' : 'warning';
  return (
    <Alert
      banner
      type={level}
      showIcon
      className="calendar-banner"
      data-testid="calendar-banner"
      title={
        <>
          {warnings.map((w) => w.text).join('；')}。{' '}
          <CalendarFixLink roles={roles} importText="设置 › 工作日历" />
        </>
      }
    />
  );
}
