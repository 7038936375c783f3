import { LockOutlined } from '@ant-design/icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { TextField } from '../../components/TextField';
import { ipc, type In } from '../../../shared/contracts/ipc';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';

type UnlockForm = In<'auth:unlock'>;
type Props = {
  /** Who is signed in; unknown when the window was reloaded while locked. */
  userName?: string | undefined;
  onUnlocked: (user: SessionUser) => void;
  onSignedOut: () => void;
};

/**
 * 锁定: the signed-in user's password continues where the work was left; 退出登录 gives the desk to someone else
 * (what was not saved is lost then, and the button says so).
 */
export function LockScreen({ userName, onUnlocked, onSignedOut }: Props) {
  const methods = useForm<UnlockForm>({
    resolver: zodResolver(ipc['auth:unlock'].input),
    defaultValues: { password: '' },
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = methods.handleSubmit(async (values) => {
    const r = await call('auth:unlock', values);
    if (r.ok) return onUnlocked(r.value);
    setFailure(errorText(r.error));
    methods.setValue('password', '');
    methods.setFocus('password');
  });
  const signOut = async () => {
    await call('auth:signOut', {});
    // Even if main could not be reached, the local screen must not stay signed in.
    onSignedOut();
  };

  return (
    <Card className="auth-card" data-testid="lock-screen">
      <Typography.Title level={3}>
        <LockOutlined /> 已锁定
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {userName === undefined ? '' : `当前用户：${userName}。`}
        为保护案件信息，系统已锁定，请输入密码继续。锁定前的页面和未保存的内容都已保留。
      </Typography.Paragraph>
      {failure !== null && (
        <Alert type="error" showIcon title={failure} data-testid="lock-error" className="section-alert" />
      )}
      <FormProvider {...methods}>
        <form noValidate onSubmit={(e) => void submit(e)} data-testid="lock-form">
          <Form layout="vertical" component={false}>
            <TextField<UnlockForm>
              name="password"
              label="密码"
              testId="lock-password"
              password
              autoComplete="current-password"
              autoFocus
            />
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={methods.formState.isSubmitting}
              data-testid="lock-submit"
            >
              解锁
            </Button>
          </Form>
        </form>
      </FormProvider>
      <Button type="link" block onClick={() => void signOut()} data-testid="lock-signout">
        退出登录（未保存的内容将丢失）
      </Button>
    </Card>
  );
}
