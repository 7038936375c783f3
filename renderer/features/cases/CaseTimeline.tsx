import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseEvent } from '../../../shared/domain/case/case.schema';
import { actionById } from '../../../shared/procedure/machine';

/** main labels the events it knows; a procedural step it returns by type is named by the engine's label. */
const labelOf = (e: CaseEvent): string =>
  e.label === e.type ? (actionById(e.type)?.label ?? e.label) : e.label;

/** 办案经过: what happened (occurredOn) and when it was recorded, by whom; corrections are marked. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  if (events.length === 0) return <Empty description="暂无办案记录" data-testid="case-timeline" />;
  return (
    <div data-testid="case-timeline">
      <Timeline
        items={events.map((e) => ({
          key: e.id,
          content: (
            <div className="timeline-item" data-testid="case-timeline-item">
              <div>
                <Typography.Text strong>{labelOf(e)}</Typography.Text>{' '}
                <Typography.Text>{e.occurredOn}</Typography.Text>
                {e.supersedesEventId !== null && <Tag color="orange">更正</Tag>}
              </div>
              <Typography.Text type="secondary">
                {e.actorName ?? '系统'} · 记录于{' '}
                {dayjs(e.recordedAt).isValid()
                  ? dayjs(e.recordedAt).format('YYYY-MM-DD HH:mm')
                  : e.recordedAt}
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </div>
  );
}
