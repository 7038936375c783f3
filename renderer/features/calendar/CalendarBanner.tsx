import { Alert, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from '../../api/use-query';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import { onCalendarChanged } from './calendar-events';
import { calendarWarnings } from './calendar-status';

/**
 * The app-wide warning when holiday data is missing for this year or the next: deadlines that need it cannot be
 * computed (working days are never guessed). Shown to every user; the fix is in 设置 › 工作日历.
 */
export function CalendarBanner() {
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
          <Typography.Link
            href={hrefFor.calendarSettings}
            onClick={(e) => {
              e.preventDefault();
              void navigate(hrefFor.calendarSettings);
            }}
          >
            设置 › 工作日历
          </Typography.Link>
        </>
      }
    />
  );
}
