import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { EntryForm } from './EntryForm';
import { Field } from './Field';
import { errorAt } from './form-errors';

const ReasonForm = z.object({
  reason: z.string().trim().min(1, { message: '请填写理由' }).max(500, { message: '不能超过 500 个字符' }),
});
type ReasonForm = z.infer<typeof ReasonForm>;

type Props = {
  title: string;
  /** What will happen, shown above the reason (e.g. which record is voided). */
  children?: ReactNode;
  label: string;
  confirmText: string;
  danger?: boolean;
  testId: string;
  /** Resolves to an error sentence to show, or null when done. */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
};

/**
 * A confirmation that needs a reason (作废, 恢复): nothing happens until a reason is written and the button is
 * pressed; a refusal from main is shown in place, and the dialog stays open to correct it.
 */
export function ReasonModal({
  title,
  children,
  label,
  confirmText,
  danger = false,
  testId,
  onSubmit,
  onClose,
}: Props) {
  const methods = useForm<ReasonForm>({ resolver: zodResolver(ReasonForm), defaultValues: { reason: '' } });
  const { control, formState, handleSubmit } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const submit = handleSubmit(async (v) => {
    setFailure(null);
    const r = await onSubmit(v.reason);
    if (r !== null) setFailure(r);
  });
  const error = errorAt(formState.errors, 'reason');
  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden data-testid={testId}>
      <FormProvider {...methods}>
        <EntryForm testId={`${testId}-form`} submitRef={submitRef} onSubmit={() => void submit()}>
          {children}
          {failure !== null && (
            <Alert
              type="error"
              showIcon
              title={failure}
              className="section-alert"
              data-testid={`${testId}-error`}
            />
          )}
          <Field label={label} htmlFor={`${testId}-reason`} required error={error}>
            <Controller
              control={control}
              name="reason"
              render={({ field }) => (
                <Input.TextArea
                  ref={field.ref}
                  id={`${testId}-reason`}
                  data-testid={`${testId}-reason`}
                  autoFocus
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={field.onBlur}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={500}
                  {...(error === undefined ? {} : { status: 'error' as const })}
                />
              )}
            />
          </Field>
          <Space className="form-actions">
            <Button
              ref={submitRef}
              type="primary"
              danger={danger}
              htmlType="submit"
              loading={formState.isSubmitting}
              data-testid={`${testId}-confirm`}
            >
              {confirmText}
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </EntryForm>
      </FormProvider>
    </Modal>
  );
}
