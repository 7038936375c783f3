import { Alert, Button, Col, Input, Row, Space } from 'antd';
import { useRef, useState } from 'react';
import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { Field } from '../../components/Field';
import { EntryForm } from '../../components/EntryForm';
import { SelectField } from '../../components/SelectField';
import { assignFormErrors, staffOptions, type AssignFormErrors, type AssignFormValues } from './assign-form';

type Props = {
  caseId: string;
  kind: 'override' | 'reassign';
  initial: { a: string; b: string };
  staff: readonly StaffSummary[];
  onAssigned: (warnings: readonly string[]) => void;
  onCancel: () => void;
};

const TITLES = { override: '调整承办人', reassign: '改派' } as const;

/** 调整 (choose other people than proposed) or 改派 (hand the case over): A, B and a required reason. */
export function AssignForm({ caseId, kind, initial, staff, onAssigned, onCancel }: Props) {
  const [v, setV] = useState<AssignFormValues>({ ...initial, reason: '' });
  const [errors, setErrors] = useState<AssignFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const set = (patch: Partial<AssignFormValues>) => {
    setV((old) => ({ ...old, ...patch }));
    setErrors({});
  };

  const submit = async () => {
    const e = assignFormErrors(v, kind);
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    setFailure(null);
    const r = await call('assignment:assign', { caseId, a: v.a, b: v.b, kind, reason: v.reason.trim() });
    setBusy(false);
    if (r.ok) onAssigned(r.value.warnings);
    else setFailure(errorText(r.error));
  };

  return (
    <EntryForm
      testId="assignment-form"
      submitRef={submitRef}
      onSubmit={() => void submit()}
      data={{ 'data-kind': kind }}
    >
      <h4>{TITLES[kind]}</h4>
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          title={failure}
          className="section-alert"
          data-testid="assignment-error"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <SelectField
            label="A角（承办人）"
            testId="assignment-override-a"
            required
            error={errors.a}
            value={v.a}
            onChange={(a) => set({ a })}
            options={staffOptions(staff, 'A')}
            placeholder="选择仲裁员或调解员"
          />
        </Col>
        <Col xs={24} md={12}>
          <SelectField
            label="B角（协办人）"
            testId="assignment-override-b"
            required
            error={errors.b}
            value={v.b}
            onChange={(b) => set({ b })}
            options={staffOptions(staff, 'B')}
            placeholder="选择仲裁员、调解员或书记员"
          />
        </Col>
      </Row>
      <Field
        label={kind === 'reassign' ? '改派理由' : '调整理由'}
        htmlFor="assignment-override-reason"
        required
        error={errors.reason}
      >
        <Input.TextArea
          id="assignment-override-reason"
          data-testid="assignment-override-reason"
          value={v.reason}
          onChange={(e) => set({ reason: e.target.value })}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={
            kind === 'reassign' ? '如：原承办人调离、长期病假' : '如：熟悉该企业、案情复杂需资深仲裁员'
          }
          {...(errors.reason === undefined ? {} : { status: 'error' as const })}
        />
      </Field>
      <Space>
        <Button
          ref={submitRef}
          type="primary"
          htmlType="submit"
          loading={busy}
          data-testid="assignment-override-submit"
        >
          {kind === 'reassign' ? '确认改派' : '确认指定'}
        </Button>
        <Button onClick={onCancel} data-testid="assignment-override-cancel">
          取消
        </Button>
      </Space>
    </EntryForm>
  );
}
