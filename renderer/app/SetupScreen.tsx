import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Checkbox, InputNumber, Space, Tabs, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { call } from '../api/client';
import { errorText } from '../api/errors';
import { Field } from '../components/Field';
import { EntryForm } from '../components/EntryForm';
import { errorAt } from '../components/form-errors';
import { TextField } from '../components/TextField';
import type { SessionUser } from '../../shared/domain/staff/staff.schema';
import { EnrolScreen } from './EnrolScreen';
import { DEFAULT_DEMO_CASES, SetupForm, type SetupFormInput, type SetupFormValues } from './setup-form';

/**
 * First start: either name the committee, create the administrator (signed in at once) and optionally load demo
 * cases, or connect this computer to the committee's central server with an existing account.
 */
export function SetupScreen({ onDone }: { onDone: (user: SessionUser) => void }) {
  const methods = useForm<SetupFormInput, unknown, SetupFormValues>({
    resolver: zodResolver(SetupForm),
    mode: 'onTouched',
    defaultValues: {
      committeeName: '',
      shortName: '',
      adminName: '',
      username: '',
      password: '',
      confirmPassword: '',
      loadDemo: true,
      demoCases: DEFAULT_DEMO_CASES,
    },
  });
  const { control, formState } = methods;
  const loadDemo = useWatch({ control, name: 'loadDemo' });
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('setup:initialize', {
      committeeName: v.committeeName,
      shortName: v.shortName,
      adminName: v.adminName,
      username: v.username,
      password: v.password,
      demoCases: v.loadDemo ? (v.demoCases ?? 0) : 0,
    });
    if (r.ok) onDone(r.value);
    else setFailure(errorText(r.error));
  });

  return (
    <div className="center-screen">
      <Card className="setup-card">
        <Typography.Title level={3}>首次使用设置</Typography.Title>
        <Tabs
          data-testid="setup-mode"
          items={[
            {
              key: 'standalone',
              label: '在本机新建',
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    填写本仲裁委员会的信息并创建系统管理员账号。
                  </Typography.Paragraph>
                  {failure !== null && (
                    <Alert
                      type="error"
                      showIcon
                      title={failure}
                      data-testid="setup-error"
                      className="section-alert"
                    />
                  )}
                  <FormProvider {...methods}>
                    <EntryForm testId="setup-form" submitRef={submitRef} onSubmit={() => void submit()}>
                      <TextField<SetupFormInput>
                        name="committeeName"
                        label="仲裁委员会名称"
                        testId="setup-committeeName"
                        required
                        maxLength={100}
                        autoFocus
                        placeholder="如：某某市劳动人事争议仲裁委员会"
                      />
                      <TextField<SetupFormInput>
                        name="shortName"
                        label="简称（用于案号）"
                        testId="setup-shortName"
                        required
                        maxLength={20}
                        placeholder="如：某劳人仲"
                      />
                      <TextField<SetupFormInput>
                        name="adminName"
                        label="管理员姓名"
                        testId="setup-adminName"
                        required
                        maxLength={50}
                      />
                      <TextField<SetupFormInput>
                        name="username"
                        label="用户名"
                        testId="setup-username"
                        required
                        maxLength={32}
                        autoComplete="username"
                      />
                      <TextField<SetupFormInput>
                        name="password"
                        label="密码（至少 8 位）"
                        testId="setup-password"
                        required
                        password
                        autoComplete="new-password"
                      />
                      <TextField<SetupFormInput>
                        name="confirmPassword"
                        label="确认密码"
                        testId="setup-confirmPassword"
                        required
                        password
                        autoComplete="new-password"
                      />
                      <Field label="演示数据" error={errorAt(formState.errors, 'demoCases')}>
                        <Space>
                          <Controller
                            control={control}
                            name="loadDemo"
                            render={({ field }) => (
                              <Checkbox
                                ref={field.ref}
                                data-testid="setup-loadDemo"
                                checked={field.value}
                                onChange={(e) => field.onChange(e.target.checked)}
                              >
                                载入演示数据
                              </Checkbox>
                            )}
                          />
                          <Controller
                            control={control}
                            name="demoCases"
                            render={({ field }) => (
                              <InputNumber
                                ref={field.ref}
                                aria-label="演示案件数量"
                                data-testid="setup-demoCases"
                                disabled={!loadDemo}
                                min={1}
                                max={5000}
                                precision={0}
                                value={field.value}
                                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                                onBlur={field.onBlur}
                                suffix="件案件"
                              />
                            )}
                          />
                        </Space>
                      </Field>
                      <Button
                        ref={submitRef}
                        type="primary"
                        htmlType="submit"
                        block
                        loading={formState.isSubmitting}
                        data-testid="setup-submit"
                      >
                        完成设置并登录
                      </Button>
                    </EntryForm>
                  </FormProvider>
                </>
              ),
            },
            {
              key: 'enrol',
              label: '连接中心服务器',
              children: <EnrolScreen onDone={onDone} />,
            },
          ]}
        />
      </Card>
    </div>
  );
}
