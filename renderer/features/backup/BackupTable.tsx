import { Button, Space, Table, Tag } from 'antd';
import type { BackupView } from '../../../shared/contracts/backup.schema';
import { checkText, chinaTime, KIND_LABEL, sizeText } from './backup-display';

type Props = {
  backups: readonly BackupView[];
  busy: string | null;
  onRestore: (b: BackupView) => void;
  onVerify?: (b: BackupView) => void;
};

/** The backups, newest first: time, kind, size, last check, and what may be done with each. */
export function BackupTable({ backups, busy, onRestore, onVerify }: Props) {
  return (
    <Table<BackupView>
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={[...backups]}
      data-testid="backup-table"
      locale={{ emptyText: '还没有备份' }}
      onRow={(b) => ({ 'data-testid': `backup-row-${b.kind}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '备份时间', key: 'at', render: (_v, b) => chinaTime(b.at) },
        { title: '类型', key: 'kind', render: (_v, b) => KIND_LABEL[b.kind] },
        { title: '大小', key: 'size', render: (_v, b) => sizeText(b.size) },
        {
          title: '校验',
          key: 'check',
          render: (_v, b) => {
            const c = checkText(b.check);
            return <Tag color={c.ok === null ? 'default' : c.ok ? 'green' : 'red'}>{c.text}</Tag>;
          },
        },
        {
          title: '操作',
          key: 'actions',
          render: (_v, b) => (
            <Space>
              {onVerify !== undefined && (
                <Button
                  size="small"
                  loading={busy === `verify:${b.name}`}
                  onClick={() => onVerify(b)}
                  data-testid="backup-verify"
                >
                  校验
                </Button>
              )}
              <Button
                size="small"
                danger
                disabled={b.check?.ok === false || busy !== null}
                onClick={() => onRestore(b)}
                data-testid="backup-restore"
              >
                恢复
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
