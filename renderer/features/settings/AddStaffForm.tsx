import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Row, Select } from 'antd';
import { useRef, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { errorAt, placeServerIssues } from '../../components/form-errors';
import { FormFailure } from '../../components/FormFailure';
import { Field } from '../../components/Field';
import { EntryForm } from '../../components/EntryForm';
import { TextField } from '../../components/TextField';
import { ipc, type Arg, type In } from '../../../shared/contracts/ipc';
import type { Office } from '../../../shared/domain/office/office.schema';
import { STAFF_ROLES } from '../../../shared/domain/reference-data';

type StaffForm = In<'staff:create'>;
type Props = { offices: readonly Office[]; defaultOfficeId: string; onCreated: () => void };

const STAFF_FIELDS = ['officeId', 'name', 'username', 'password', 'roles'] as const;
const isStaffField = (p: string): p is (typeof STAFF_FIELDS)[number] =>
  (STAFF_FIELDS as readonly string[]).includes(p);
const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r.code, label: r.label }));

/** 添加工作人员, validated with the staff:create input schema main uses. */
export function AddStaffForm({ offices, defaultOfficeId, onCreated }: Props) {
  const { message } = App.useApp();
  const blank: StaffForm = { officeId: defaultOfficeId, name: '', username: '', password: '', roles: [] };
  const methods = useForm<StaffForm, unknown, Arg<'staff:create'>>({
    resolver: zodResolver(ipc['staff:create'].input),
    mode: 'onTouched',
    defaultValues: blank,
  });
  const { control, formState, setError } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('staff:create', v);
    if (r.ok) {
      void message.success(`已添加 ${v.name}`);
      methods.reset(blank);
      onCreated();
      return;
    }
    placeServerIssues(r.error, isStaffField, setError);
    // A duplicate username comes back as CONFLICT and has no field path; it shows above the form.
    setFailure(errorText(r.error));
  });

  return (
    <FormProvider {...methods}>
      <EntryForm testId="staff-form" submitRef={submitRef} onSubmit={() => void submit()}>
        <FormFailure text={failure} testId="staff-error" />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <TextField<StaffForm> name="name" label="姓名" testId="staff-name" required maxLength={50} />
          </Col>
          <Col xs={24} md={8}>
            <TextField<StaffForm>
              name="username"
              label="用户名"
              testId="staff-username"
              required
              maxLength={32}
            />
          </Col>
          <Col xs={24} md={8}>
            <TextField<StaffForm>
              name="password"
              label="初始密码（至少 8 位）"
              testId="staff-password"
              required
              password
              autoComplete="new-password"
            />
          </Col>
          <Col xs={24} md={12}>
            <Field label="角色" htmlFor="staff-roles" required error={errorAt(formState.errors, 'roles')}>
              <Controller
                control={control}
                name="roles"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    id="staff-roles"
                    data-testid="staff-roles"
                    mode="multiple"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    options={ROLE_OPTIONS}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="可多选"
                  />
                )}
              />
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field
              label="办案机构"
              htmlFor="staff-office"
              required
              error={errorAt(formState.errors, 'officeId')}
            >
              <Controller
                control={control}
                name="officeId"
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    id="staff-office"
                    data-testid="staff-office"
                    value={field.value === '' ? null : field.value}
                    onChange={(v: string) => field.onChange(v)}
                    onBlur={field.onBlur}
                    options={offices.map((o) => ({ value: o.id, label: o.name }))}
                    // A committee with many 调解组织: type part of the station's name to find it.
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                )}
              />
            </Field>
          </Col>
        </Row>
        <Button
          ref={submitRef}
          type="primary"
          htmlType="submit"
          loading={formState.isSubmitting}
          data-testid="staff-submit"
        >
          添加工作人员
        </Button>
      </EntryForm>
    </FormProvider>
  );
}
