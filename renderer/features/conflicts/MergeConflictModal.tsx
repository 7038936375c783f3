import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import { EntryForm } from '../../components/EntryForm';
import { TextAreaField } from '../../components/TextAreaField';

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
  const { formState, handleSubmit } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const submit = handleSubmit(async (v) => {
    setFailure(null);
    const r = await onSubmit(v.reason, v.merged);
    if (r !== null) setFailure(r);
  });
  return (
    <Modal open title="处理同步冲突：合并" onCancel={onClose} footer={null} destroyOnHidden width={720}>
      <FormProvider {...methods}>
        <EntryForm testId="conflict-merge-form" submitRef={submitRef} onSubmit={() => void submit()}>
          {failure !== null && <Alert type="error" showIcon title={failure} className="section-alert" />}
          {conflict.fields.map((f) => (
            <TextAreaField<MergeForm>
              key={f.field}
              name={`merged.${f.field}`}
              label={`${f.label}（合并后）`}
              testId={`merge-${f.field}`}
              required
              maxLength={5000}
              rows={{ min: 3, max: 10 }}
            />
          ))}
          <TextAreaField<MergeForm>
            name="reason"
            label="处理理由"
            testId="merge-reason"
            required
            maxLength={500}
          />
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
