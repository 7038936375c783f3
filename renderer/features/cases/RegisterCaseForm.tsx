import { Alert, App, Button, Card, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { EntryForm } from '../../components/EntryForm';
import { countErrors, stripLabel } from '../../components/form-errors';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import { CaseFactsSection } from './CaseFactsSection';
import { RegisterProblemAlert, type Problem } from './RegisterProblemAlert';
import { ClaimsSection } from './ClaimsSection';
import { LimitationSection } from './limitation/LimitationSection';
import { PartiesSection } from './PartiesSection';
import { RegisterRiskAlert } from './RegisterRiskAlert';
import {
  defaultRegisterForm,
  formPathFor,
  registerResolver,
  toRegisterInput,
  type RegisterForm,
  type RegisterPayload,
} from './register-form-model';
import { useLeaveGuard } from './use-leave-guard';
import { useSaveShortcut } from '../../components/use-save-shortcut';

/**
 * 收件登记. Validated on the client with the same RegisterCaseArgs schema main parses with, so the two never
 * disagree; any VALIDATION issue main still reports is mapped back onto its field by path.
 */
export function RegisterCaseForm({ user }: { user: SessionUser }) {
  const { message } = App.useApp();
  const offices = useQuery('offices:list', {});
  const methods = useForm<RegisterForm, unknown, RegisterPayload>({
    resolver: registerResolver,
    mode: 'onTouched',
    defaultValues: defaultRegisterForm(user.officeId, todayInChina()),
  });
  const { handleSubmit, setError, getValues, formState } = methods;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const releaseGuard = useLeaveGuard(formState.isDirty && !saved);

  const onValid = async (payload: RegisterPayload) => {
    // Main reports claim paths against the submitted (blank-rows-dropped) list; map them back to form rows.
    const { claimIndex, limitationIndex } = toRegisterInput(getValues());
    const result = await call('cases:register', payload);
    if (result.ok) {
      setSaved(true);
      setProblem(null);
      releaseGuard();
      void message.success(`已登记，收件编号 ${result.value.provisionalNo}`);
      await navigate(hrefFor.case(result.value.id));
      return;
    }
    const issues = validationIssues(result.error);
    if (issues.length === 0) {
      setProblem({ kind: 'error', text: errorText(result.error) });
      return;
    }
    issues.forEach((issue, i) => {
      setError(
        formPathFor(issue.path, claimIndex, limitationIndex) as FieldPath<RegisterForm>,
        { type: 'server', message: stripLabel(issue.message, issue.label) },
        { shouldFocus: i === 0 },
      );
    });
    setProblem({ kind: 'server', issues });
  };

  const submit = handleSubmit(onValid, () => setProblem({ kind: 'client' }));
  const save = () => {
    if (!formState.isSubmitting) void submit();
  };
  useSaveShortcut(save);

  if (offices.loading) return <Spin />;

  return (
    <FormProvider {...methods}>
      {/* Enter never submits (see EntryForm); only the button and Ctrl+S do. */}
      <EntryForm testId="register-form" submitRef={submitRef} onSubmit={() => void submit()}>
        <div className="page-header">
          <Typography.Title level={3}>收件登记</Typography.Title>
          <Typography.Text type="secondary">Enter 跳到下一项 · Ctrl+S 保存</Typography.Text>
        </div>
        {problem !== null && (
          <RegisterProblemAlert problem={problem} liveErrorCount={countErrors(formState.errors)} />
        )}
        {offices.error !== undefined && <Alert type="warning" showIcon title={errorText(offices.error)} />}
        <Card title="案件基本情况" size="small" className="form-card">
          <CaseFactsSection offices={offices.data ?? []} />
        </Card>
        <Card title="当事人" size="small" className="form-card">
          <PartiesSection />
        </Card>
        <Card title="请求事项" size="small" className="form-card">
          <ClaimsSection />
        </Card>
        <LimitationSection />
        <RegisterRiskAlert />
        <Space className="form-actions">
          <Button
            ref={submitRef}
            type="primary"
            htmlType="submit"
            loading={formState.isSubmitting}
            data-testid="register-submit"
          >
            登记（Ctrl+S）
          </Button>
          <Button data-testid="register-cancel" onClick={() => void navigate(hrefFor.cases)}>
            取消
          </Button>
        </Space>
      </EntryForm>
    </FormProvider>
  );
}
