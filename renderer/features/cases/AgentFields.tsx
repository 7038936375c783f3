import { Col, Radio, Row, Select } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../components/Field';
import { errorAt } from '../../components/form-errors';
import { AGENT_AUTHORITIES, AGENT_TYPES, partyRoleLabel } from '../../../shared/domain/reference-data';
import { TextField } from '../../components/TextField';
import type { RegisterForm } from './register-form-model';

/** 代理人: whom they represent (any non-agent party of this case), type, authority, phone. */
export function AgentFields({ index }: { index: number }) {
  const { control, formState } = useFormContext<RegisterForm>();
  const errors = formState.errors;
  const parties = useWatch({ control, name: 'parties' });
  const p = `parties.${index}` as const;
  const id = (f: string) => `party-${index}-${f}`;
  const principals = parties.flatMap((party, i) =>
    party.kind === 'agent'
      ? []
      : [
          {
            value: i,
            label: `${partyRoleLabel(party.role)} ${party.name.trim() === '' ? `（第${i + 1}个当事人）` : party.name}`,
          },
        ],
  );

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <TextField<RegisterForm>
          name={`${p}.name`}
          label="姓名"
          testId={id('name')}
          required
          maxLength={50}
        />
      </Col>
      <Col xs={24} md={8}>
        <Field
          label="被代理人"
          htmlFor={id('representsIndex')}
          required
          error={errorAt(errors, `${p}.representsIndex`)}
        >
          <Controller
            control={control}
            name={`${p}.representsIndex`}
            render={({ field }) => (
              <Select
                ref={field.ref}
                id={id('representsIndex')}
                data-testid={id('representsIndex')}
                value={field.value >= 0 ? field.value : null}
                onChange={(v: number) => field.onChange(v)}
                onBlur={field.onBlur}
                options={principals}
                placeholder="请选择被代理人"
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field
          label="代理人类型"
          htmlFor={id('agentType')}
          required
          error={errorAt(errors, `${p}.agentType`)}
        >
          <Controller
            control={control}
            name={`${p}.agentType`}
            render={({ field }) => (
              <Select
                ref={field.ref}
                id={id('agentType')}
                data-testid={id('agentType')}
                value={field.value === '' ? null : field.value}
                onChange={(v: string) => field.onChange(v)}
                onBlur={field.onBlur}
                options={AGENT_TYPES.map((t) => ({ value: t.code, label: t.label }))}
                placeholder="请选择"
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field label="代理权限" required error={errorAt(errors, `${p}.authority`)}>
          <Controller
            control={control}
            name={`${p}.authority`}
            render={({ field }) => (
              <Radio.Group
                ref={field.ref}
                name={id('authority')}
                value={field.value === '' ? undefined : field.value}
                onChange={(e) => field.onChange(e.target.value)}
              >
                {AGENT_AUTHORITIES.map((a) => (
                  <Radio key={a.code} value={a.code} data-testid={`${id('authority')}-${a.code}`}>
                    {a.label}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <TextField<RegisterForm> name={`${p}.phone`} label="联系电话" testId={id('phone')} maxLength={30} />
      </Col>
    </Row>
  );
}
