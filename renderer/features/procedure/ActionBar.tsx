import { Button, Empty, Space, Tooltip } from 'antd';
import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import { actionButtons } from './action-buttons';
import { canTransfer } from './action-forms';
import { TransferButton } from './TransferButton';

type Available = CaseProcedureView['available'][number];
type Props = { view: CaseProcedureView; onPick: (action: Available) => void };

/**
 * 可办理事项: one button per step that is legal now (main decides). Steps this user's roles may not take are shown
 * disabled with who may take them — as a tooltip, and as text tied to the button for screen readers and tests.
 */
export function ActionBar({ view, onPick }: Props) {
  const buttons = actionButtons(view);
  const transfer = canTransfer(view);
  if (buttons.length === 0 && !transfer)
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
      {buttons.map((b) =>
        b.kind === 'enabled' ? (
          <Tooltip key={b.id} title={b.tooltip ?? undefined}>
            <Button data-testid={b.testId} onClick={() => onPick(b.action)}>
              {b.label}
            </Button>
          </Tooltip>
        ) : (
          <span key={b.id}>
            <Tooltip title={b.tooltip}>
              <Button data-testid={b.testId} disabled aria-describedby={`${b.testId}-reason`}>
                {b.label}
              </Button>
            </Tooltip>
            <span className="visually-hidden" id={`${b.testId}-reason`} data-testid={`${b.testId}-reason`}>
              {b.reason}
            </span>
          </span>
        ),
      )}
    </Space>
  );
}
