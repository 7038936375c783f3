import { Alert, Card, Descriptions, Spin, Table, Tag, type TableColumnsType } from 'antd';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { CalendarStatus } from '../../../shared/contracts/procedure.schema';
import type { StaffRole } from '../../../shared/domain/reference-data';
import { whoMayPerform } from '../../../shared/mutations/may-perform';
import { mayImportCalendarYear } from '../../components/calendar-fix';
import { suggestedYear } from './calendar-import-form';
import { notifyCalendarChanged } from './calendar-events';
import { calendarWarnings } from './calendar-status';
import { CalendarImportForm } from './CalendarImportForm';

type YearRow = CalendarStatus['years'][number];

const COLUMNS: TableColumnsType<YearRow> = [
  { title: '年份', dataIndex: 'year', key: 'year', width: 90 },
  {
    title: '来源',
    key: 'imported',
    width: 90,
    render: (_, y) => (y.imported ? <Tag color="blue">导入</Tag> : <Tag>内置</Tag>),
  },
  { title: '通知文号或网址', dataIndex: 'source', key: 'source' },
];

/**
 * 设置 › 工作日历: which years' holiday arrangements are loaded, warnings for missing ones, and the import — which
 * only the roles that may import see; the others are told who may.
 */
export function CalendarSettings({ roles }: { roles: readonly StaffRole[] }) {
  // `forImport`: the import recomputes every open case; asking so starts the recompute's threads ahead.
  const status = useQuery('calendar:status', { forImport: true });
  const s = status.data;
  const imported = () => {
    status.reload();
    notifyCalendarChanged();
  };
  return (
    <div data-testid="calendar-settings">
      {status.error !== undefined && (
        <Alert type="error" showIcon title={errorText(status.error)} className="section-alert" />
      )}
      {s === undefined ? (
        status.loading && <Spin />
      ) : (
        <>
          {calendarWarnings(s).map((w) => (
            <Alert
              key={w.key}
              type={w.level}
              showIcon
              title={w.text}
              className="section-alert"
              data-testid={w.key === 'nextYear' ? 'calendar-next-year-warning' : 'calendar-today-warning'}
            />
          ))}
          <Card size="small" title="已载入的节假日安排" className="form-card">
            <Descriptions
              size="small"
              items={[
                {
                  key: 'coverage',
                  label: '覆盖范围',
                  children: (
                    <span data-testid="calendar-coverage">
                      {s.coverage === null ? '尚未载入任何年份' : `${s.coverage.from} 至 ${s.coverage.to}`}
                    </span>
                  ),
                },
                { key: 'today', label: '今天', children: s.today },
              ]}
            />
            <Table<YearRow>
              size="small"
              rowKey="year"
              pagination={false}
              columns={COLUMNS}
              dataSource={[...s.years].sort((a, b) => b.year - a.year)}
              data-testid="calendar-years"
              scroll={{ y: 220 }}
            />
          </Card>
          <Card size="small" title="载入节假日安排" className="form-card">
            {mayImportCalendarYear(roles) ? (
              <CalendarImportForm defaultYear={suggestedYear(s.today, s.years)} onImported={imported} />
            ) : (
              <Alert
                type="info"
                showIcon
                data-testid="calendar-import-not-allowed"
                title={`载入节假日安排${whoMayPerform('settings.set')}，请联系管理员导入`}
              />
            )}
          </Card>
        </>
      )}
    </div>
  );
}
