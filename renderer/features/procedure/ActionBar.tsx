import { Button, Empty, Space, Tooltip } from 'antd';
import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import { actionTestId, canTransfer, offeredActions } from './action-forms';
import { TransferButton } from './TransferButton';

type Available = CaseProcedureView['available'][number];
type Props = { view: CaseProcedureView; onPick: (action: Available) => void };

/** 可办理事项: one button per step that is legal now for this user (main decides; the UI offers only these). */
export function ActionBar({ view, onPick }: Props) {
  const actions = offeredActions(view);
  const transfer = canTransfer(view);
  if (actions.length === 0 && !transfer)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="当前没有您可以办理的事项"
        data-testid="procedure-actions"
      />
    );
  return (
    <Space wrap data-testid="procedure-actions">
      {transfer && <TransferButton caseId={view.caseId} />}
      {actions.map((a) => (
        <Tooltip key={a.id} title={a.citation === null ? undefined : `依据：${a.citation}`}>
          <Button data-testid={actionTestId(a.id)} onClick={() => onPick(a)}>
            {a.label}
          </Button>
        </Tooltip>
      ))}
    </Space>
  );
}
