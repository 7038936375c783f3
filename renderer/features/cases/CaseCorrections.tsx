import { Alert, App, Button, Form, Radio, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { ReasonModal } from '../../components/ReasonModal';
import type { VoidAction } from '../../components/void-action';
import type { CorrectionsView } from '../../../shared/contracts/corrections.schema';
import type { CaseDetail } from '../../../shared/domain/case/case.schema';
import type { Office } from '../../../shared/domain/office/office.schema';
import {
  VOID_GROUNDS,
  VOID_GROUNDS_LABELS,
  type VoidGrounds,
} from '../../../shared/domain/case/correction-args';
import { CorrectCaseModal } from './CorrectCaseModal';

type Right = CorrectionsView['rights']['correctFacts'];
type Dialog =
  | { kind: 'correct' }
  | { kind: 'void' }
  | { kind: 'restore' }
  | { kind: 'voidEvent'; eventId: string; label: string }
  | null;

/** A correction button that is shown disabled, with the rule's reason, to someone who may not use it. */
export function RightButton(props: {
  right: Right | undefined;
  testId: string;
  danger?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const allowed = props.right?.allowed === true;
  return (
    <Tooltip title={allowed ? undefined : (props.right?.reason ?? undefined)}>
      <Button
        size="small"
        danger={props.danger ?? false}
        disabled={!allowed}
        data-testid={props.testId}
        onClick={props.onClick}
      >
        {props.children}
      </Button>
    </Tooltip>
  );
}

/**
 * 更正与作废 on the case page: what this person may do (from main, the same rule the mutations check), the
 * dialogs, and `changed` after any of them so the page reloads what they touched.
 */
export function useCorrections(detail: CaseDetail, offices: readonly Office[], changed: () => void) {
  const { message } = App.useApp();
  const view = useQuery('cases:corrections', { id: detail.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [voidGrounds, setVoidGrounds] = useState<VoidGrounds>('duplicate');
  const rights = view.data?.rights;
  const done = (text: string) => {
    void message.success(text);
    setDialog(null);
    view.reload();
    changed();
  };
  const run = async (
    r: Promise<{ ok: true } | { ok: false; error: Parameters<typeof errorText>[0] }>,
    text: string,
  ) => {
    const result = await r;
    if (!result.ok) return errorText(result.error);
    done(text);
    return null;
  };

  const voidAction: VoidAction | undefined =
    rights === undefined
      ? undefined
      : {
          allowed: rights.voidEvent.allowed,
          reason: rights.voidEvent.reason,
          onVoid: (eventId, label) => setDialog({ kind: 'voidEvent', eventId, label }),
        };

  const dialogs = (
    <>
      {dialog?.kind === 'correct' && view.data !== undefined && (
        <CorrectCaseModal
          detail={detail}
          receiptDate={view.data.receiptDate}
          offices={offices}
          onClose={() => setDialog(null)}
          onDone={() => done('已更正，办案经过中可查看更正前后的内容')}
        />
      )}
      {dialog?.kind === 'void' && (
        <ReasonModal
          title="作废案件"
          label="作废理由"
          confirmText="确认作废"
          danger
          testId="void-case"
          onClose={() => setDialog(null)}
          onSubmit={(reason) =>
            run(call('cases:void', { caseId: detail.id, grounds: voidGrounds, reason }), '案件已作废')
          }
        >
          <Form.Item label="作废类别" required>
            <Radio.Group
              data-testid="void-case-grounds"
              value={voidGrounds}
              onChange={(e) => setVoidGrounds(e.target.value as VoidGrounds)}
              options={VOID_GROUNDS.map((g) => ({ value: g, label: VOID_GROUNDS_LABELS[g] }))}
            />
          </Form.Item>
          <Alert
            type="warning"
            showIcon
            className="section-alert"
            title="作废后，本案不再出现在案件列表、查询、期限待办和统计中，也不能再办理任何事项；记录全部保留，主任可以恢复。"
          />
        </ReasonModal>
      )}
      {dialog?.kind === 'restore' && (
        <ReasonModal
          title="恢复案件"
          label="恢复理由"
          confirmText="确认恢复"
          testId="restore-case"
          onClose={() => setDialog(null)}
          onSubmit={(reason) => run(call('cases:restore', { caseId: detail.id, reason }), '案件已恢复')}
        />
      )}
      {dialog?.kind === 'voidEvent' && (
        <ReasonModal
          title="作废办案记录"
          label="作废理由"
          confirmText="确认作废"
          danger
          testId="void-event"
          onClose={() => setDialog(null)}
          onSubmit={(reason) =>
            run(
              call('cases:voidEvent', { caseId: detail.id, eventId: dialog.eventId, reason }),
              '记录已作废，其日期不再约束后续事项',
            )
          }
        >
          <Alert
            type="warning"
            showIcon
            className="section-alert"
            title={`作废“${dialog.label}”：原记录保留并标注作废，办案程序、期限和文书不再依据它。`}
          />
        </ReasonModal>
      )}
    </>
  );

  const voided = detail.voided;
  const banner =
    voided === null ? null : (
      <Alert
        type="error"
        showIcon
        className="section-alert"
        data-testid="case-voided-banner"
        title={`本案已作废：${voided.reason}`}
        description={`${voided.byName ?? '—'} 于 ${dayjs(voided.at).format('YYYY-MM-DD HH:mm')} 作废。已作废的案件不出现在列表、期限待办和统计中，不能办理任何事项。`}
        action={
          <RightButton
            right={rights?.restoreCase}
            testId="case-restore"
            onClick={() => setDialog({ kind: 'restore' })}
          >
            恢复
          </RightButton>
        }
      />
    );

  return {
    rights,
    refresh: view.reload,
    voidAction,
    dialogs,
    banner,
    openCorrect: () => setDialog({ kind: 'correct' }),
    openVoid: () => setDialog({ kind: 'void' }),
  };
}
