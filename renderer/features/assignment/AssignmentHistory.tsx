import { Empty, Tag, Typography } from 'antd';
import {
  assignKindLabel,
  chinaTime,
  handoverLines,
  newestFirst,
  type HistoryEntry,
} from './assignment-display';

type Props = { history: readonly HistoryEntry[]; staffName: (id: string) => string };

const KIND_COLORS: Readonly<Record<string, string>> = {
  proposal: 'blue',
  override: 'orange',
  reassign: 'purple',
};

/** Every decision on the case's A角/B角, newest first, with its reason, time and who decided. */
export function AssignmentHistory({ history, staffName }: Props) {
  return (
    <div className="assignment-block">
      <Typography.Text strong>指定记录</Typography.Text>
      {history.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="尚无指定记录（受理时由受理人暂任承办人）"
          data-testid="assignment-history"
        />
      ) : (
        <ol className="assignment-history" data-testid="assignment-history">
          {newestFirst(history).map((h) => (
            <li
              key={h.id}
              className="assignment-history-row"
              data-testid="assignment-history-row"
              data-kind={h.kind}
            >
              <Tag color={KIND_COLORS[h.kind] ?? 'default'}>{assignKindLabel(h.kind)}</Tag>
              <span>
                A角 {staffName(h.a)}，B角 {staffName(h.b)}
              </span>
              {h.reason !== '' && <Typography.Text type="secondary">理由：{h.reason}</Typography.Text>}
              <Typography.Text type="secondary">
                {chinaTime(h.createdAt)} · {staffName(h.createdBy)}
              </Typography.Text>
              {handoverLines(h.handover) !== null && (
                <Tag color={h.handoverConfirmedAt === null ? 'gold' : 'green'}>
                  {h.handoverConfirmedAt === null
                    ? '交接待确认'
                    : `交接已确认 ${chinaTime(h.handoverConfirmedAt)}`}
                </Tag>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
