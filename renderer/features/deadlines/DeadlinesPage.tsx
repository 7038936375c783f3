import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Select, Space, Tabs, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import {
  allScopeLabel,
  buildDisplayRows,
  canSeeAll,
  DEFAULT_SORT,
  handlerInput,
  handlerOptions,
  WINDOWS,
  type DeadlineScope,
  type DeadlineWindow,
  type GroupBy,
  type HandlerFilter,
  type SortState,
} from './deadline-table';
import { DeadlinesTable } from './DeadlinesTable';

const GROUP_OPTIONS: { value: GroupBy; label: string }[] = [
  { value: 'case', label: '按案件' },
  { value: 'handler', label: '按承办人' },
  { value: 'none', label: '不分组' },
];

/**
 * 期限待办: the statutory deadlines that need attention, by window (超期 / 今日 / 本周 / 全部未完成 — 本周 never
 * repeats the overdue ones), for the signed-in handler or — for the 主任 and the administrator, and for a 书记员
 * within their office — for everyone, narrowed to one A角 if wanted; printable as a list.
 */
export function DeadlinesPage({ user }: { user: SessionUser }) {
  const mayAll = canSeeAll(user.roles);
  const [tab, setTab] = useState<DeadlineWindow>('overdue');
  const [scope, setScope] = useState<DeadlineScope>('mine');
  const [groupBy, setGroupBy] = useState<GroupBy>('case');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [handler, setHandler] = useState<HandlerFilter>('any');
  const staff = useQuery('staff:list', {});
  const list = useQuery('deadlines:list', {
    scope: mayAll ? scope : 'mine',
    window: tab,
    ...handlerInput(handler),
  });
  const handlers = useMemo(() => handlerOptions(staff.data ?? []), [staff.data]);
  const handlerLabel = handlers.find((h) => h.value === handler)?.label ?? '';
  const rows = useMemo(() => buildDisplayRows(list.data ?? [], groupBy, sort), [list.data, groupBy, sort]);
  const current = WINDOWS.find((w) => w.key === tab) ?? WINDOWS[0];

  return (
    <div className="deadlines-page" data-testid="page-deadlines">
      <div className="page-header">
        <Typography.Title level={3}>期限待办</Typography.Title>
        <Space className="no-print" wrap>
          <Tooltip title={mayAll ? undefined : '仅主任、系统管理员和书记员可以查看全部承办人的期限'}>
            <Segmented<DeadlineScope>
              data-testid="deadlines-scope"
              value={mayAll ? scope : 'mine'}
              onChange={setScope}
              options={[
                { value: 'mine', label: '我的' },
                { value: 'all', label: allScopeLabel(user.roles), disabled: !mayAll },
              ]}
            />
          </Tooltip>
          <Select<HandlerFilter>
            aria-label="承办人"
            data-testid="deadlines-handler"
            style={{ width: 160 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={handler}
            onChange={setHandler}
            options={handlers}
          />
          <Segmented<GroupBy>
            data-testid="deadlines-groupby"
            value={groupBy}
            onChange={setGroupBy}
            options={GROUP_OPTIONS}
          />
          <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="deadlines-reload">
            刷新
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="deadlines-print">
            打印
          </Button>
        </Space>
      </div>
      <Typography.Paragraph className="print-only">
        {current?.label ?? ''} ·{' '}
        {mayAll && scope === 'all' ? allScopeLabel(user.roles) : `承办人 ${user.name}`}
        {handler === 'any' ? '' : ` · ${handlerLabel}`} · 打印日期 {todayInChina()}
      </Typography.Paragraph>
      <Tabs
        className="no-print"
        activeKey={tab}
        onChange={(k) => {
          const w = WINDOWS.find((x) => x.key === k);
          if (w !== undefined) setTab(w.key);
        }}
        items={WINDOWS.map((w) => ({
          key: w.key,
          label: <span data-testid={`deadlines-tab-${w.key}`}>{w.label}</span>,
        }))}
      />
      {list.error !== undefined && (
        <Alert type="error" showIcon title={errorText(list.error)} className="section-alert" />
      )}
      <DeadlinesTable
        rows={rows}
        loading={list.loading}
        sort={sort}
        onSort={setSort}
        empty={current?.empty ?? '没有期限'}
      />
    </div>
  );
}
