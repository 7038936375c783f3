import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { call } from '../api/client';
import { errorText } from '../api/errors';
import { EntryForm } from '../components/EntryForm';
import { TextField } from '../components/TextField';
import { ipc, type Arg, type In } from '../../shared/contracts/ipc';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';

type EnrolInput = In<'setup:enrol'>;

/**
 * First start on a new computer of a committee or station that already uses the central server: the server's
 * address and the user's account there. The desktop receives its office's data and the user is signed in with
 * the account just checked; afterwards sign-in works offline with the local copy.
 */
export function EnrolScreen({ onDone }: { onDone: (user: SessionUser) => void }) {
  const methods = useForm<EnrolInput, unknown, Arg<'setup:enrol'>>({
    resolver: zodResolver(ipc['setup:enrol'].input),
    mode: 'onTouched',
    defaultValues: { serverUrl: '', username: '', password: '' },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    setBusy(true);
    const r = await call('setup:enrol', v);
    setBusy(false);
    methods.setValue('password', '');
    if (r.ok) onDone(r.value);
    else setFailure(errorText(r.error));
  });

  return (
    <FormProvider {...methods}>
      <EntryForm testId="enrol-form" submitRef={submitRef} onSubmit={() => void submit()}>
        {failure !== null && (
          <Alert type="error" showIcon title={failure} data-testid="enrol-error" className="section-alert" />
        )}
        {busy && (
          <Alert type="info" showIcon title="正在连接中心服务器并下载本单位数据…" className="section-alert" />
        )}
        <TextField<EnrolInput>
          name="serverUrl"
          label="中心服务器地址"
          testId="enrol-serverUrl"
          required
          maxLength={200}
          placeholder="例如 http://192.168.1.10:8787"
          autoFocus
        />
        <TextField<EnrolInput>
          name="username"
          label="用户名"
          testId="enrol-username"
          required
          maxLength={32}
          autoComplete="username"
        />
        <TextField<EnrolInput>
          name="password"
          label="密码"
          testId="enrol-password"
          required
          password
          autoComplete="current-password"
        />
        <Button
          ref={submitRef}
          type="primary"
          htmlType="submit"
          block
          loading={busy}
          data-testid="enrol-submit"
        >
          连接并登录
        </Button>
      </EntryForm>
    </FormProvider>
  );
}
