import { Alert, App, Button, Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { AssignForm } from './AssignForm';
import { AssignmentHistory } from './AssignmentHistory';
import { ClerkAssign } from './ClerkAssign';
import { isDirector, mayConfirmHandover, pendingHandover, staffName } from './assignment-display';
import { HandoverSheet } from './HandoverSheet';
import { ProposalView } from './ProposalView';
import './assignment.css';

type FormKind = 'override' | 'reassign';

/**
 * 承办人（AB角） on the case page: who is A角 and B角; for the 主任 the system's proposal (采纳建议 / 调整) and
 * 改派; the history of decisions with their reasons; a pending 交接单 for the new A角 to confirm.
 */
export function AssignmentSection({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const info = useQuery('assignment:proposal', { caseId });
  const staff = useQuery('staff:list', {});
  const me = useQuery('auth:me', {});
  const [showProposal, setShowProposal] = useState(false);
  const [form, setForm] = useState<FormKind | null>(null);

  const user = me.data ?? null;
  const director = user !== null && isDirector(user.roles);
  const people = staff.data ?? [];
  const name = (id: string | null) => staffName(people, id);
  const data = info.data;
  const current = data?.current ?? { a: null, b: null, clerk: null };
  // Who may assign the clerk: the director or the case's own A角 (main checks it again).
  const mayAssignClerk = user !== null && (director || (current.a !== null && user.id === current.a));
  const pending = data === undefined ? null : pendingHandover(data.history);
  const error = info.error ?? staff.error;

  const assigned = (warnings: readonly string[]) => {
    setShowProposal(false);
    setForm(null);
    info.reload();
    void message.success('已指定承办人');
    if (warnings.length > 0) void message.warning(warnings.join('；'));
  };
  const formInitial = (): { a: string; b: string } => {
    const p = data?.proposal;
    if (form === 'override' && p?.ok === true) return { a: p.a, b: p.b };
    return { a: current.a ?? '', b: current.b ?? '' };
  };

  const actions = director ? (
    <Space>
      <Button
        onClick={() => {
          info.reload();
          setShowProposal(true);
        }}
        data-testid="assignment-get-proposal"
      >
        获取建议
      </Button>
      {current.a !== null && (
        <Button onClick={() => setForm('reassign')} data-testid="assignment-reassign">
          改派
        </Button>
      )}
    </Space>
  ) : null;

  return (
    <Card
      size="small"
      className="form-card"
      title="承办人（AB角）"
      extra={actions}
      data-testid="case-assignment"
    >
      {error !== undefined && (
        <Alert type="error" showIcon title={errorText(error)} className="section-alert" />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'a',
            label: 'A角（承办）',
            children: <span data-testid="assignment-a">{name(current.a)}</span>,
          },
          {
            key: 'b',
            label: 'B角（协办）',
            children: <span data-testid="assignment-b">{name(current.b)}</span>,
          },
          {
            key: 'clerk',
            label: '书记员',
            children: <span data-testid="assignment-clerk">{name(current.clerk)}</span>,
          },
        ]}
      />
      {mayAssignClerk && data !== undefined && (
        <ClerkAssign
          key={current.clerk ?? ''}
          caseId={caseId}
          current={current.clerk}
          staff={people}
          onAssigned={info.reload}
        />
      )}
      {pending !== null && user !== null && (
        <HandoverSheet
          entry={pending}
          mayConfirm={mayConfirmHandover(pending, user)}
          onConfirmed={info.reload}
        />
      )}
      {director && showProposal && data !== undefined && !info.loading && (
        <ProposalView
          caseId={caseId}
          proposal={data.proposal}
          staffName={name}
          onAssigned={assigned}
          onOverride={() => setForm('override')}
        />
      )}
      {director && form !== null && data !== undefined && (
        <AssignForm
          key={form}
          caseId={caseId}
          kind={form}
          initial={formInitial()}
          staff={people}
          onAssigned={assigned}
          onCancel={() => setForm(null)}
        />
      )}
      {data !== undefined && <AssignmentHistory history={data.history} staffName={name} />}
    </Card>
  );
}
