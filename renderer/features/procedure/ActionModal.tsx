import { Alert, App, Button, Form, Modal, Space, Typography } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Controller, FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { enterMovesFocus } from '../../components/focus-order';
import { errorAt, stripLabel } from '../../components/form-errors';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import { actionById } from '../../../shared/procedure/machine';
import { todayInChina } from '../../../shared/util/clock';
import type { ActionContext, ActionForm, ActionSubmit } from './action-form-types';
import { defaultPayload, FORM_FIELDS, formKindOf, issueFieldPath } from './action-forms';
import { actionResolver } from './action-resolver';
import { AwardFormPayload } from './award-form';
import { ActionPayloadFields } from './ActionPayloadFields';

type Available = CaseProcedureView['available'][number];
type Props = {
  caseId: string;
  action: Available;
  isSimple: boolean;
  extensionDays: number;
  context: ActionContext;
  onClose: () => void;
  onDone: () => void;
};

const ANY_PAYLOAD = z.record(z.string(), z.unknown());
const OPEN_PICKER = '.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)';

/**
 * One procedural step: 办理日期 plus the action's payload, validated with the schema main parses with. Enter in
 * a single-line field or Ctrl+S submits. A step main refuses (CONFLICT, naming the missing condition) or an
 * error without a field shows in the alert at the top; field issues land under their fields.
 */
export function ActionModal({ caseId, action, isSimple, extensionDays, context, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const kind = formKindOf(action.id);
  // 作出裁决's form keeps rows in 元 and turns them into the tested award payload (award-form.ts).
  const resolver = useMemo(
    () =>
      actionResolver(kind === 'award' ? AwardFormPayload : (actionById(action.id)?.payload ?? ANY_PAYLOAD)),
    [action.id, kind],
  );
  const [today] = useState(() => todayInChina());
  const methods = useForm<ActionForm, unknown, ActionSubmit>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      occurredOn: today,
      payload: defaultPayload(kind, today, isSimple, { claims: context.claims, me: context.me }),
    },
  });
  const { control, formState, setError, setFocus } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('cases:performAction', {
      caseId,
      action: action.id,
      occurredOn: v.occurredOn,
      payload: v.payload,
    });
    if (r.ok) {
      void message.success(`已办理：${action.label}`);
      onDone();
      return;
    }
    const issues = validationIssues(r.error);
    const unplaced: string[] = [];
    for (const issue of issues) {
      const path = issueFieldPath(issue.path, kind);
      if (path === null) unplaced.push(issue.message);
      else
        setError(path as FieldPath<ActionForm>, {
          type: 'server',
          message: stripLabel(issue.message, issue.label),
        });
    }
    if (issues.length === 0) setFailure(errorText(r.error));
    else if (unplaced.length > 0) setFailure(unplaced.join('；'));
  });
  const save = () => {
    if (!formState.isSubmitting) void submit();
  };
  useSaveShortcut(save);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (!(t instanceof HTMLElement)) return;
    const single = enterMovesFocus({
      tag: t.tagName,
      type: t instanceof HTMLInputElement ? t.type : '',
      role: t.getAttribute('role'),
      defaultPrevented: e.defaultPrevented,
      composing: e.nativeEvent.isComposing,
    });
    if (!single) return;
    // Always ours to handle, or the browser's implicit submission would submit anyway.
    e.preventDefault();
    // Enter in a date picker whose calendar is open only confirms the date; the next Enter submits.
    if (t.closest('.ant-picker') !== null && document.querySelector(OPEN_PICKER) !== null) return;
    save();
  };

  const focusFirst = (open: boolean) => {
    // Not when the user (or a test) already put the focus in a field while the modal was opening.
    if (!open || formRef.current?.contains(document.activeElement) === true) return;
    const first = FORM_FIELDS[kind][0];
    setFocus(first === undefined || first === 'mode' ? 'occurredOn' : `payload.${first}`);
  };

  return (
    <Modal
      open
      title={action.label}
      onCancel={onClose}
      footer={null}
      width={kind === 'award' ? 920 : 620}
      mask={{ closable: false }}
      afterOpenChange={focusFirst}
      destroyOnHidden
    >
      {action.citation !== null && (
        <Typography.Paragraph type="secondary" data-testid="action-citation">
          依据：{action.citation}
        </Typography.Paragraph>
      )}
      <FormProvider {...methods}>
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => void submit(e)}
          onKeyDown={onKeyDown}
          data-testid="action-form"
          data-action-id={action.id}
        >
          <Form layout="vertical" component={false}>
            {failure !== null && (
              <Alert
                type="error"
                showIcon
                title={failure}
                className="section-alert"
                data-testid="action-error"
              />
            )}
            <Field
              label="办理日期"
              htmlFor="action-occurredOn"
              required
              error={errorAt(formState.errors, 'occurredOn')}
            >
              <Controller
                control={control}
                name="occurredOn"
                render={({ field }) => (
                  <DateField
                    ref={field.ref}
                    id="action-occurredOn"
                    testId="action-occurredOn"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    invalid={errorAt(formState.errors, 'occurredOn') !== undefined}
                  />
                )}
              />
            </Field>
            <ActionPayloadFields
              kind={kind}
              actionId={action.id}
              context={context}
              extensionDays={extensionDays}
            />
            <div className="modal-actions">
              <Typography.Text type="secondary">Enter 或 Ctrl+S 提交</Typography.Text>
              <Space>
                <Button onClick={onClose} data-testid="action-cancel">
                  取消
                </Button>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={formState.isSubmitting}
                  data-testid="action-submit"
                >
                  办理
                </Button>
              </Space>
            </div>
          </Form>
        </form>
      </FormProvider>
    </Modal>
  );
}
