import { Alert, Empty, Spin, Switch, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { ReasonModal } from '../../components/ReasonModal';
import { ConflictCard, choiceLabel, type Choice } from './ConflictCard';
import { MergeConflictModal } from './MergeConflictModal';

/**
 * 冲突处理 (issue 12 item 1): every conflict record this desktop holds, open ones first; the director decides
 * each once, with a reason. Everyone else sees what is disputed and that it waits for the director.
 */
export function ConflictsPage({ user }: { user: SessionUser }) {
  const [includeResolved, setIncludeResolved] = useState(false);
  const list = useQuery('conflicts:list', { includeResolved });
  const [choosing, setChoosing] = useState<{ conflict: ConflictView; choice: Choice } | null>(null);
  const canResolve = user.roles.includes('director');

  const resolve = async (input: {
    reason: string;
    merged?: Record<string, string>;
  }): Promise<string | null> => {
    if (choosing === null) return null;
    const r = await call('conflicts:resolve', {
      conflictId: choosing.conflict.id,
      choice: choosing.choice,
      reason: input.reason,
      ...(input.merged === undefined ? {} : { merged: input.merged }),
    });
    if (!r.ok) return errorText(r.error);
    setChoosing(null);
    list.reload();
    return null;
  };

  const conflicts = list.data ?? [];
  return (
    <div data-testid="conflicts-page">
      <div className="page-header">
        <Typography.Title level={3}>冲突处理</Typography.Title>
        <Space>
          <Switch
            checked={includeResolved}
            onChange={setIncludeResolved}
            data-testid="conflicts-include-resolved"
          />
          <span>显示已处理的冲突</span>
        </Space>
      </div>
      <Typography.Paragraph type="secondary">
        两台电脑离线时对同一案件的同一项录入了不同内容时，先同步到中心的内容被保留，另一份在此等待主任确定。每处冲突只需处理一次，处理结果同步到所有电脑并记入办案经过。
      </Typography.Paragraph>
      {list.loading && list.data === undefined && <Spin />}
      {list.error !== undefined && <Alert type="error" showIcon title={errorText(list.error)} />}
      {list.data !== undefined && conflicts.length === 0 && (
        <Empty
          description={includeResolved ? '没有同步冲突' : '没有待处理的同步冲突'}
          data-testid="conflicts-empty"
        />
      )}
      {conflicts.map((c) => (
        <ConflictCard
          key={c.id}
          conflict={c}
          canResolve={canResolve}
          onChoose={(choice) => setChoosing({ conflict: c, choice })}
        />
      ))}
      {choosing !== null && choosing.choice !== 'merged' && (
        <ReasonModal
          title={`处理同步冲突：${choiceLabel(choosing.choice)}`}
          label="处理理由"
          confirmText="确认处理"
          testId="conflict-resolve"
          onSubmit={(reason) => resolve({ reason })}
          onClose={() => setChoosing(null)}
        >
          <Typography.Paragraph>
            {choosing.conflict.subject}：
            {choosing.conflict.fields
              .map((f) => `${f.label}定为“${choosing.choice === 'kept' ? f.keptText : f.otherText}”`)
              .join('；')}
            。处理后同步到所有电脑，并记入办案经过。
          </Typography.Paragraph>
        </ReasonModal>
      )}
      {choosing !== null && choosing.choice === 'merged' && (
        <MergeConflictModal
          conflict={choosing.conflict}
          onSubmit={(reason, merged) => resolve({ reason, merged })}
          onClose={() => setChoosing(null)}
        />
      )}
    </div>
  );
}
