import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Row } from 'antd';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { placeServerIssues } from '../../components/form-errors';
import { FormFailure } from '../../components/FormFailure';
import { EntryForm } from '../../components/EntryForm';
import { TextField } from '../../components/TextField';
import { ipc, type Arg, type In } from '../../../shared/contracts/ipc';
import { publishSyncStatus } from './sync-status-store';

type EnrolForm = In<'sync:enrol'>;
const FIELDS = ['serverUrl', 'username', 'password'] as const;
const isField = (p: string): p is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(p);
const BLANK: EnrolForm = { serverUrl: '', username: '', password: '' };

/**
 * 接入中心服务器: the server's address and an account there, validated with the sync:enrol schema main uses.
 * The password only travels to the server to obtain this desktop's token; it is cleared from the form after.
 */
export function EnrolForm() {
  const { message } = App.useApp();
  const methods = useForm<EnrolForm, unknown, Arg<'sync:enrol'>>({
    resolver: zodResolver(ipc['sync:enrol'].input),
    mode: 'onTouched',
    defaultValues: BLANK,
  });
  const { formState, setError } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('sync:enrol', v);
    methods.setValue('password', '');
    if (r.ok) {
      publishSyncStatus(r.value);
      void message.success(`已接入中心服务器 ${r.value.serverUrl ?? v.serverUrl}`);
      methods.reset(BLANK);
      return;
    }
    placeServerIssues(r.error, isField, setError);
    // A wrong account, an unreachable server or a build without sync: one sentence above the form.
    setFailure(errorText(r.error));
  });

  return (
    <FormProvider {...methods}>
      <EntryForm testId="sync-enrol-form" submitRef={submitRef} onSubmit={() => void submit()}>
        <FormFailure text={failure} testId="sync-enrol-error" />
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <TextField<EnrolForm>
              name="serverUrl"
              label="服务器地址"
              testId="sync-serverUrl"
              required
              maxLength={200}
              placeholder="例如 http://192.168.1.10:8787"
              autoFocus
            />
          </Col>
          <Col xs={24} md={7}>
            <TextField<EnrolForm>
              name="username"
              label="中心服务器用户名"
              testId="sync-username"
              required
              maxLength={32}
              autoComplete="username"
            />
          </Col>
          <Col xs={24} md={7}>
            <TextField<EnrolForm>
              name="password"
              label="密码"
              testId="sync-password"
              required
              password
              autoComplete="current-password"
            />
          </Col>
        </Row>
        <Button
          ref={submitRef}
          type="primary"
          htmlType="submit"
          loading={formState.isSubmitting}
          data-testid="sync-enrol-submit"
        >
          接入中心服务器
        </Button>
      </EntryForm>
    </FormProvider>
  );
}
