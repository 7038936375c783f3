import { Alert } from 'antd';
import { useQuery } from '../../api/use-query';
import { CalendarFixLink } from '../../components/CalendarFixLink';

/**
 * A deadline the calendar cannot compute (a year without holiday data): say so, and the fix — where to import the
 * year for those who can, whom to ask for everyone else (the signed-in user's roles come from auth:me).
 */
export function CalendarGapAlert({ message }: { message: string }) {
  const me = useQuery('auth:me', {});
  const roles = me.data?.roles;
  return (
    <Alert
      type="warning"
      showIcon
      className="section-alert"
      data-testid="calendar-gap-warning"
      title={message}
      description={
        roles === undefined ? undefined : (
          <CalendarFixLink roles={roles} importText="前往 设置 › 工作日历 载入节假日安排" />
        )
      }
    />
  );
}
