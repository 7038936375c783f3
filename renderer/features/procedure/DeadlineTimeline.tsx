import { Empty, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { DeadlineView } from '../../../shared/contracts/procedure.schema';
import { CalendarGapAlert } from './CalendarGapAlert';
import {
  daysLeftText,
  deadlineStatusLabel,
  deadlineTone,
  firstGap,
  responsibleLabel,
  TONE_COLOR,
} from '../../components/deadline-display';

/**
 * 法定期限 as a timeline: each period's due date, colour by urgency, days left, and how it was computed (the
 * explanation is shown in the item and again on hover, with the legal basis).
 */
export function DeadlineTimeline({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  const gap = firstGap(deadlines);
  if (deadlines.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无法定期限" data-testid="case-deadlines" />
    );
  return (
    <div data-testid="case-deadlines">
      {gap !== null && <CalendarGapAlert message={gap} />}
      <Timeline
        items={deadlines.map((d) => {
          const tone = deadlineTone(d);
          const left = daysLeftText(d);
          return {
            key: d.ruleId,
            color: TONE_COLOR[tone],
            content: (
              <Tooltip title={d.explanation} placement="topLeft">
                <div
                  className={`deadline-item deadline-${tone}`}
                  data-testid="deadline-item"
                  data-rule-id={d.ruleId}
                  data-tone={tone}
                >
                  <div>
                    <Typography.Text strong className="deadline-label">
                      {d.label}
                    </Typography.Text>{' '}
                    <Tag color={TONE_COLOR[tone]}>{deadlineStatusLabel(d.status)}</Tag>
                    <Typography.Text>到期日 {d.dueDate ?? '无法计算'}</Typography.Text>
                    {left !== '' && (
                      <Typography.Text className="deadline-left" data-testid="deadline-days-left">
                        {' '}
                        · {left}
                      </Typography.Text>
                    )}
                    {d.responsible !== '' && (
                      <Typography.Text type="secondary">
                        {' '}
                        · 责任方：{responsibleLabel(d.responsible)}
                      </Typography.Text>
                    )}
                  </div>
                  <Typography.Text type="secondary" className="deadline-explanation">
                    {d.explanation}
                  </Typography.Text>
                  {d.citation !== '' && !d.explanation.includes(d.citation) && (
                    <Typography.Text type="secondary" className="deadline-citation">
                      依据：{d.citation}
                    </Typography.Text>
                  )}
                </div>
              </Tooltip>
            ),
          };
        })}
      />
    </div>
  );
}
