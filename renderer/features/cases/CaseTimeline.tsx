import { Button, Empty, Tag, Timeline, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseEvent } from '../../../shared/domain/case/case.schema';
import { actionById } from '../../../shared/procedure/machine';
import type { VoidAction } from '../../components/void-action';
import { timelineEntries, type Mark, type TimelineEntry } from './timeline-model';

/** main labels the events it knows; a procedural step it returns by type is named by the engine's label. */
const labelOf = (e: CaseEvent): string =>
  e.label === e.type ? (actionById(e.type)?.label ?? e.label) : e.label;

const when = (iso: string) => (dayjs(iso).isValid() ? dayjs(iso).format('YYYY-MM-DD HH:mm') : iso);

function MarkLine({ kind, mark, testId }: { kind: string; mark: Mark; testId: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text type="danger">
        {kind}：{mark.reason}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">
        （{mark.by} · {when(mark.at)}）
      </Typography.Text>
    </div>
  );
}

function Entry({ entry, voidAction }: { entry: TimelineEntry; voidAction: VoidAction | undefined }) {
  const e = entry.event;
  const struck = entry.voided !== null || entry.corrected !== null;
  const label = labelOf(e);
  return (
    <div
      className={`timeline-item${struck ? ' timeline-item-struck' : ''}`}
      data-testid="case-timeline-item"
      data-event-type={e.type}
      data-voided={String(entry.voided !== null)}
    >
      <div>
        <Typography.Text strong delete={struck}>
          {label}
        </Typography.Text>{' '}
        <Typography.Text delete={struck}>{e.occurredOn}</Typography.Text>
        {e.supersedesEventId !== null && <Tag color="orange">更正</Tag>}
        {entry.voided !== null && <Tag color="red">已作废</Tag>}
        {voidAction !== undefined && entry.voidable && (
          <Tooltip title={voidAction.allowed ? '登记有误时作废此记录（保留原记录）' : voidAction.reason}>
            <Button
              type="link"
              size="small"
              danger
              disabled={!voidAction.allowed}
              data-testid="timeline-void"
              onClick={() => voidAction.onVoid(e.id, label)}
            >
              作废
            </Button>
          </Tooltip>
        )}
      </div>
      {entry.changes.length > 0 && (
        <ul className="timeline-changes" data-testid="timeline-changes">
          {entry.changes.map((c) => (
            <li key={c.field} data-testid="timeline-change">
              {c.label}：<Typography.Text delete>{c.before}</Typography.Text> →{' '}
              <Typography.Text strong>{c.after}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {entry.reason !== null && (
        <div data-testid="timeline-reason">
          <Typography.Text>理由：{entry.reason}</Typography.Text>
        </div>
      )}
      {entry.voided !== null && <MarkLine kind="作废理由" mark={entry.voided} testId="timeline-voided" />}
      {entry.corrected !== null && (
        <MarkLine kind="已更正" mark={entry.corrected} testId="timeline-corrected" />
      )}
      <Typography.Text type="secondary">
        {e.actorName ?? '系统'} · 记录于 {when(e.recordedAt)}
      </Typography.Text>
    </div>
  );
}

/**
 * 办案经过: what happened (occurredOn) and when it was recorded, by whom. A voided or corrected step stays,
 * struck through with who, when and why; a correction lists its changes before → after.
 */
export function CaseTimeline({
  events,
  voidAction,
}: {
  events: readonly CaseEvent[];
  voidAction?: VoidAction;
}) {
  if (events.length === 0) return <Empty description="暂无办案记录" data-testid="case-timeline" />;
  return (
    <div data-testid="case-timeline">
      <Timeline
        items={timelineEntries(events).map((entry) => ({
          key: entry.event.id,
          content: <Entry entry={entry} voidAction={voidAction} />,
        }))}
      />
    </div>
  );
}
