import { Alert, Typography } from 'antd';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';

/** A deadline the calendar cannot compute (a year without holiday data): say so, and where to fix it. */
export function CalendarGapAlert({ message }: { message: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      className="section-alert"
      data-testid="calendar-gap-warning"
      title={message}
      description={
        <Typography.Link
          href={hrefFor.calendarSettings}
          onClick={(e) => {
            e.preventDefault();
            void navigate(hrefFor.calendarSettings);
          }}
        >
          前往 设置 › 工作日历 载入节假日安排
        </Typography.Link>
      }
    />
  );
}
