import { Typography } from 'antd';
import type { StaffRole } from '../../shared/domain/reference-data';
import { hrefFor } from '../router/hash-route';
import { navigate } from '../router/navigation';
import { calendarFixFor } from './calendar-fix';

type Props = { roles: readonly StaffRole[]; importText: string };

/**
 * The fix for a missing year of holiday data: a link to 设置 › 工作日历 for those who can import a year, and a plain
 * "请联系管理员导入" for everyone else (a link to a form they cannot submit would only mislead).
 */
export function CalendarFixLink({ roles, importText }: Props) {
  const fix = calendarFixFor(roles, importText);
  if (fix.kind === 'contact')
    return (
      <Typography.Text data-testid="calendar-fix" data-fix="contact">
        {fix.text}
      </Typography.Text>
    );
  return (
    <Typography.Link
      href={hrefFor.calendarSettings}
      data-testid="calendar-fix"
      data-fix="import"
      onClick={(e) => {
        e.preventDefault();
        void navigate(hrefFor.calendarSettings);
      }}
    >
      {fix.text}
    </Typography.Link>
  );
}
