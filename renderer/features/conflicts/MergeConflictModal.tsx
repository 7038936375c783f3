import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Input, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import { EntryForm } from '../../components/EntryForm';
import { Field } from '../../components/Field';
import { errorAt } from '../../components/form-errors';

const MergeForm = z.object({
  merged: z.record(z.string(), z.string().trim().min(1, { message: '请填写合并后的内容' }).max(5000)),
  reason: z.string().trim().min(1, { message: '请填写理由' }).max(500, { message: '不能超过 500 个字符' }),
});
type MergeForm = z.infer<typeof MergeForm>;

type Props = {
  conflict: ConflictView;
  onSubmit: (reason: string, merged: Record<string, string>) => Promise<string | null>;
  onClose: () => void;
};

/** 合并 for narrative text: each field starts as both texts one after the other, for the director to edit. */
export function MergeConflictModal({ conflict, onSubmit, onClose }: Props) {
  const methods = useForm<MergeForm>({
    resolver: zodResolver(MergeForm),
    defaultValues: {
      merged: Object.fromEntries(conflict.fields.map((f) => [f.field, `${f.keptText}\n${f.otherText}`])),
      reason: '',
    },
  });
  const { control, formState, handleSubmit } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const submit = handleSubmit(async (v) => {
    setFailure(null);
    const r = await onSubmit(v.reason, v.merged);
    if (r !== null) setFailure(r);
  });
  const reasonError = errorAt(formState.errors, 'reason');
  return (
    <Modal open title="处理同步冲突：合并" onCancel={onClose} footer={null} destroyOnHidden width={720}>
      <FormProvider {...methods}>
        <EntryForm testId="conflict-merge-form" submitRef={submitRef} onSubmit={() => void submit()}>
          {failure !== null && <Alert type="error" showIcon title={failure} className="section-alert" />}
          {conflict.fields.map((f) => {
            const error = errorAt(formState.errors, `merged.${f.field}`);
            return (
              <Field
                key={f.field}
                label={`${f.label}（合并后）`}
                htmlFor={`merge-${f.field}`}
                required
                error={error}
              >
                <Controller
                  control={control}
                  name={`merged.${f.field}`}
                  render={({ field }) => (
                    <Input.TextArea
                      ref={field.ref}
                      id={`merge-${f.field}`}
                      value={field.value}
                      onChange={(e) => field.onChange(e.target.value)}
                      onBlur={field.onBlur}
                      autoSize={{ minRows: 3, maxRows: 10 }}
                      maxLength={5000}
                    />
                  )}
                />
              </Field>
            );
          })}
          <Field label="处理理由" htmlFor="merge-reason" required error={reasonError}>
            <Controller
              control={control}
              name="reason"
              render={({ field }) => (
                <Input.TextArea
                  ref={field.ref}
                  id="merge-reason"
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={field.onBlur}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={500}
                />
              )}
            />
          </Field>
          <Space className="form-actions">
            <Button ref={submitRef} type="primary" htmlType="submit" loading={formState.isSubmitting}>
              确认合并
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </EntryForm>
      </FormProvider>
    </Modal>
  );
}
