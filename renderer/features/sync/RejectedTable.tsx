import { Alert, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { RejectedMutation } from '../../../shared/contracts/sync.schema';
import { chinaDateTime } from './sync-badge';

/**
 * 被拒绝的操作: the changes the central server refused, with its reason. They are never deleted locally; the
 * list reloads whenever the badge's count changes.
 */
export function RejectedTable({ count }: { count: number }) {
  const rejected = useQuery('sync:rejected', {});
  const { reload } = rejected;
  useEffect(() => reload(), [count, reload]);
  if (rejected.error !== undefined)
    return <Alert type="error" showIcon title={errorText(rejected.error)} className="section-alert" />;
  return (
    <Table<RejectedMutation>
      size="small"
      rowKey="mutationId"
      loading={rejected.loading}
      dataSource={rejected.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '没有被拒绝的操作' }}
      data-testid="sync-rejected-table"
      columns={[
        { key: 'at', title: '时间', width: 150, render: (_, m) => chinaDateTime(m.at) ?? m.at },
        { key: 'label', title: '操作', width: 200, render: (_, m) => m.label },
        {
          key: 'reason',
          title: '原因',
          render: (_, m) => (
            <>
              {m.reason}
              {m.code !== '' && (
                <Typography.Text type="secondary" className="sync-code">
                  {' '}
                  （{m.code}）
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
