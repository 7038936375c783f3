import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { call } from '../api/client';
import { errorText } from '../api/errors';
import { TextField } from '../components/TextField';
import { ipc, type In } from '../../shared/contracts/ipc';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';

type SignInForm = In<'auth:signIn'>;
type Props = { onSignedIn: (user: SessionUser) => void; notice?: string };

/** 登录. Enter in either field submits (a plain form submit), unlike the long data-entry forms. */
export function SignInScreen({ onSignedIn, notice }: Props) {
  const methods = useForm<SignInForm>({
    resolver: zodResolver(ipc['auth:signIn'].input),
    defaultValues: { username: '', password: '' },
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = methods.handleSubmit(async (values) => {
    const r = await call('auth:signIn', values);
    if (r.ok) return onSignedIn(r.value);
    // Here UNAUTHENTICATED means wrong credentials, not a lost session, so main's own wording is shown.
    setFailure(
      r.error.code === 'UNAUTHENTICATED' ? r.error.message || '用户名或密码不正确' : errorText(r.error),
    );
    methods.setValue('password', '');
    methods.setFocus('password');
  });

  return (
    <div className="center-screen">
      <Card className="auth-card">
        <Typography.Title level={3}>劳动人事争议调解仲裁办案系统</Typography.Title>
        <Typography.Paragraph type="secondary">请登录</Typography.Paragraph>
        {notice !== undefined && failure === null && (
          <Alert type="warning" showIcon title={notice} className="section-alert" />
        )}
        {failure !== null && (
          <Alert type="error" showIcon title={failure} data-testid="signin-error" className="section-alert" />
        )}
        <FormProvider {...methods}>
          <form noValidate onSubmit={(e) => void submit(e)} data-testid="signin-form">
            <Form layout="vertical" component={false}>
              <TextField<SignInForm>
                name="username"
                label="用户名"
                testId="signin-username"
                autoComplete="username"
                autoFocus
              />
              <TextField<SignInForm>
                name="password"
                label="密码"
                testId="signin-password"
                password
                autoComplete="current-password"
              />
              <Button
                type="primary"
                htmlType="submit"
                block
                loading={methods.formState.isSubmitting}
                data-testid="signin-submit"
              >
                登录
              </Button>
            </Form>
          </form>
        </FormProvider>
      </Card>
    </div>
  );
}
