import { Alert, Button, Card, Input, Modal, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Controller, FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { EntryForm } from '../../components/EntryForm';
import { Field } from '../../components/Field';
import { errorAt, stripLabel } from '../../components/form-errors';
import { rowProps } from '../../components/row-props';
import type { CaseDetail } from '../../../shared/domain/case/case.schema';
import type { FactChange } from '../../../shared/domain/case/fact-diff';
import type { Office } from '../../../shared/domain/office/office.schema';
import { CaseFactsSection } from './CaseFactsSection';
import { ClaimsSection } from './ClaimsSection';
import {
  correctFormOf,
  correctResolver,
  previewChanges,
  type CorrectForm,
  type CorrectPayload,
} from './correct-form-model';
import { PartiesSection } from './PartiesSection';
import { formPathFor, toRegisterInput } from './register-form-model';

type Props = {
  detail: CaseDetail;
  receiptDate: string;
  offices: readonly Office[];
  onClose: () => void;
  onDone: () => void;
};

type Preview = { payload: CorrectPayload; changes: FactChange[] };

/**
 * 更正案件信息: the register form's sections prefilled with the current facts, a required reason, and — before
 * anything is saved — the list of what will change (before → after). Removing a party or claim voids it.
 */
export function CorrectCaseModal({ detail, receiptDate, offices, onClose, onDone }: Props) {
  const methods = useForm<CorrectForm, unknown, CorrectPayload>({
    resolver: correctResolver,
    mode: 'onTouched',
    defaultValues: correctFormOf(detail, receiptDate),
  });
  const { control, formState, handleSubmit, setError, getValues } = methods;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? id;

  const review = handleSubmit(
    (payload) => {
      const changes = previewChanges(detail, receiptDate, payload.facts, officeName);
      if (changes.length === 0) {
        setFailure('没有需要更正的内容：更正后的信息与现有信息相同');
        return;
      }
      setFailure(null);
      setPreview({ payload, changes });
    },
    () => setFailure('有需要修正的项目，请查看标红处'),
  );

  const save = async () => {
    if (preview === null || saving) return;
    setSaving(true);
    const r = await call('cases:correct', { caseId: detail.id, ...preview.payload });
    setSaving(false);
    if (r.ok) {
      onDone();
      return;
    }
    // Back to the form, with main's field issues under their fields.
    setPreview(null);
    const issues = validationIssues(r.error);
    const { claimIndex, limitationIndex } = toRegisterInput(getValues());
    issues.forEach((issue, i) => {
      const path = issue.path.startsWith('facts.') ? issue.path.slice('facts.'.length) : issue.path;
      setError(
        formPathFor(path, claimIndex, limitationIndex) as FieldPath<CorrectForm>,
        { type: 'server', message: stripLabel(issue.message, issue.label) },
        { shouldFocus: i === 0 },
      );
    });
    setFailure(errorText(r.error));
  };

  const reasonError = errorAt(formState.errors, 'reason');
  return (
    <Modal
      open
      title={preview === null ? '更正案件信息' : '确认更正'}
      onCancel={onClose}
      footer={null}
      width={1000}
      mask={{ closable: false }}
      destroyOnHidden
      data-testid="correct-modal"
    >
      {failure !== null && (
        <Alert type="error" showIcon title={failure} className="section-alert" data-testid="correct-error" />
      )}
      <FormProvider {...methods}>
        <div hidden={preview !== null}>
          <EntryForm testId="correct-form" submitRef={submitRef} onSubmit={() => void review()}>
            <Typography.Paragraph type="secondary">
              更正会记入办案经过（更正前 →
              更正后、更正人、时间）；移除的当事人或请求事项将被作废并保留，不会删除。
            </Typography.Paragraph>
            <Card title="案件基本情况" size="small" className="form-card">
              <CaseFactsSection offices={offices} kindFixed />
            </Card>
            <Card title="当事人" size="small" className="form-card">
              <PartiesSection />
            </Card>
            <Card title="请求事项" size="small" className="form-card">
              <ClaimsSection />
            </Card>
            <Field label="更正理由" htmlFor="correct-reason" required error={reasonError}>
              <Controller
                control={control}
                name="reason"
                render={({ field }) => (
                  <Input.TextArea
                    ref={field.ref}
                    id="correct-reason"
                    data-testid="correct-reason"
                    value={field.value}
                    onChange={(e) => field.onChange(e.target.value)}
                    onBlur={field.onBlur}
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    maxLength={500}
                    placeholder="例如：申请人姓名登记时录入错误，依身份证更正"
                    {...(reasonError === undefined ? {} : { status: 'error' as const })}
                  />
                )}
              />
            </Field>
            <Space className="form-actions">
              <Button ref={submitRef} type="primary" htmlType="submit" data-testid="correct-review">
                预览更正
              </Button>
              <Button onClick={onClose} data-testid="correct-cancel">
                取消
              </Button>
            </Space>
          </EntryForm>
        </div>
      </FormProvider>
      {preview !== null && (
        <div data-testid="correct-preview">
          <Table<FactChange>
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={preview.changes}
            columns={[
              { key: 'label', title: '项目', dataIndex: 'label' },
              { key: 'before', title: '更正前', dataIndex: 'before' },
              { key: 'after', title: '更正后', dataIndex: 'after' },
            ]}
            onRow={() => rowProps('correct-change')}
          />
          <Typography.Paragraph className="correct-reason-text">
            更正理由：{preview.payload.reason}
          </Typography.Paragraph>
          <Space className="form-actions">
            <Button
              type="primary"
              loading={saving}
              autoFocus
              onClick={() => void save()}
              data-testid="correct-confirm"
            >
              确认更正
            </Button>
            <Button onClick={() => setPreview(null)} data-testid="correct-back">
              返回修改
            </Button>
          </Space>
        </div>
      )}
    </Modal>
  );
}
