import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { ReasonModal } from '../../components/ReasonModal';
import type { CaseReviewView } from '../../../shared/contracts/review.schema';
import type { ReviewItemId } from '../../../shared/review/case-review';
import { todayInChina } from '../../../shared/util/clock';

type Props = {
  caseId: string;
  /** Changes whenever the case's log does (a step, a service, an archive): the checklist is read again. */
  revision: number;
  onChanged: () => void;
};

/**
 * 案件评查 on the case page: each item with pass/fail and why, what holds 归档 back, the overrides on record,
 * and — for a director — 主任批准放行 with a required reason. Main runs the same checklist the 归档 step checks.
 */
export function ReviewPanel({ caseId, revision, onChanged }: Props) {
  const view = useQuery('cases:review', { id: caseId });
  const { reload } = view;
  // Read again when the log changed, not on mount (useQuery has just loaded it).
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    reload();
  }, [revision, reload]);
  const [open, setOpen] = useState(false);
  if (view.data === undefined)
    return (
      <Card size="small" className="form-card" title="案件评查">
        {view.loading ? (
          <Spin />
        ) : (
          <Alert type="error" showIcon title={errorText(view.error ?? { code: 'INTERNAL', message: '' })} />
        )}
      </Card>
    );
  const r = view.data;
  return (
    <Card
      size="small"
      className="form-card"
      title="案件评查"
      extra={<ReviewVerdict r={r} />}
      data-testid="review-panel"
    >
      {r.closed && !r.archived && r.blocking.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="review-blocking"
          title={`以下评查项目未通过，归档暂缓：${r.items
            .filter((i) => r.blocking.includes(i.id))
            .map((i) => i.label)
            .join('、')}`}
          description="请补正后再归档，或由主任批准放行。"
          action={<OverrideButton r={r} onClick={() => setOpen(true)} />}
        />
      )}
      {!r.closed && <Typography.Text type="secondary">结案前预检：归档时将按此清单评查。</Typography.Text>}
      {/* A plain list: antd's List is deprecated in 6.6 and warns in the console on every render. */}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {r.items.map((i) => (
          <li
            key={i.id}
            data-testid={`review-item-${i.id}`}
            data-passed={i.passed}
            style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
          >
            <Space align="start">
              {i.passed ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" />
              ) : (
                <CloseCircleTwoTone twoToneColor="#ff4d4f" />
              )}
              <span>
                <Typography.Text strong>{i.label}</Typography.Text>
                {i.overridden && <Tag color="orange">已由主任批准放行</Tag>}
                <br />
                <Typography.Text type={i.passed ? 'secondary' : 'danger'}>{i.reason}</Typography.Text>
              </span>
            </Space>
          </li>
        ))}
      </ul>
      {r.overrides.map((o, k) => (
        <Alert
          key={k}
          type="info"
          showIcon
          data-testid="review-override"
          title={`${o.on} ${o.byName ?? '主任'}批准放行`}
          description={o.reason}
        />
      ))}
      {open && (
        <OverrideModal
          caseId={caseId}
          r={r}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            reload();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function ReviewVerdict({ r }: { r: CaseReviewView }) {
  if (r.reviewPassed === true) return <Tag color="green">评查合格</Tag>;
  if (r.reviewPassed === false) return <Tag color="orange">评查未全部通过（经批准归档）</Tag>;
  const failing = r.items.filter((i) => !i.passed).length;
  return failing === 0 ? <Tag color="green">各项通过</Tag> : <Tag color="red">{failing} 项未通过</Tag>;
}

/** Shown to a director; anyone else learns who may from the tooltip. */
function OverrideButton({ r, onClick }: { r: CaseReviewView; onClick: () => void }) {
  return (
    <Tooltip title={r.canOverride.allowed ? undefined : (r.canOverride.reason ?? undefined)}>
      <Button
        size="small"
        disabled={!r.canOverride.allowed}
        onClick={onClick}
        data-testid="review-override-open"
      >
        主任批准放行
      </Button>
    </Tooltip>
  );
}

function OverrideModal(props: {
  caseId: string;
  r: CaseReviewView;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [items, setItems] = useState<ReviewItemId[]>(props.r.blocking);
  const labels = props.r.items.filter((i) => props.r.blocking.includes(i.id));
  return (
    <ReasonModal
      title="主任批准放行"
      label="放行理由"
      confirmText="批准放行"
      testId="review-override-modal"
      onClose={props.onClose}
      onSubmit={async (reason) => {
        if (items.length === 0) return '请至少选择一项放行的评查项目';
        const res = await call('cases:reviewOverride', {
          caseId: props.caseId,
          items,
          reason,
          occurredOn: todayInChina(),
        });
        if (!res.ok) return errorText(res.error);
        void message.success('已批准放行，可以归档');
        props.onDone();
        return null;
      }}
    >
      <Typography.Paragraph>
        以下评查项目未通过。批准放行后案件可以归档，放行理由记入办案经过并留痕审计。
      </Typography.Paragraph>
      <Checkbox.Group
        value={items}
        onChange={(v) => setItems(v)}
        options={labels.map((i) => ({ value: i.id, label: `${i.label}：${i.reason}` }))}
        style={{ display: 'flex', flexDirection: 'column', marginBottom: 12 }}
        data-testid="review-override-items"
      />
    </ReasonModal>
  );
}
