import { Col, Radio, Row } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { errorAt } from '../../components/form-errors';
import { validateIdNumber } from '../../../shared/validate';
import { TextField } from '../../components/TextField';
import type { RegisterForm } from './register-form-model';

const SEX_OPTIONS = [
  { value: 'male', label: '男' },
  { value: 'female', label: '女' },
];

/** 劳动者: a valid 公民身份号码 fills in 性别 and 出生日期, which the clerk may still correct. */
export function WorkerFields({ index }: { index: number }) {
  const { control, formState, setValue, clearErrors } = useFormContext<RegisterForm>();
  const errors = formState.errors;
  const p = `parties.${index}` as const;
  const id = (f: string) => `party-${index}-${f}`;

  const autofill = (idNumber: string) => {
    const r = validateIdNumber(idNumber);
    if (!r.ok || r.sex === undefined || r.birthDate === undefined) return;
    setValue(`${p}.sex`, r.sex, { shouldDirty: true });
    setValue(`${p}.birthDate`, r.birthDate, { shouldDirty: true });
    // The derived values agree with the number by construction, so a stale "与公民身份号码不符" must go.
    clearErrors([`${p}.sex`, `${p}.birthDate`]);
  };

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
      <Col xs={24} md={10}>
        <TextField<RegisterForm>
          name={`${p}.idNumber`}
          label="公民身份号码"
          testId={id('idNumber')}
          maxLength={18}
          onValueChange={autofill}
        />
      </Col>
      <Col xs={24} md={6}>
        <Field label="性别" error={errorAt(errors, `${p}.sex`)}>
          <Controller
            control={control}
            name={`${p}.sex`}
            render={({ field }) => (
              <Radio.Group
                ref={field.ref}
                name={id('sex')}
                data-testid={id('sex')}
                value={field.value === '' ? undefined : field.value}
                onChange={(e) => field.onChange(e.target.value)}
              >
                {SEX_OPTIONS.map((o) => (
                  <Radio key={o.value} value={o.value} data-testid={`${id('sex')}-${o.value}`}>
                    {o.label}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field label="出生日期" htmlFor={id('birthDate')} error={errorAt(errors, `${p}.birthDate`)}>
          <Controller
            control={control}
            name={`${p}.birthDate`}
            render={({ field }) => (
              <DateField
                ref={field.ref}
                id={id('birthDate')}
                testId={id('birthDate')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                invalid={errorAt(errors, `${p}.birthDate`) !== undefined}
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={4}>
        <TextField<RegisterForm>
          name={`${p}.ethnicity`}
          label="民族"
          testId={id('ethnicity')}
          maxLength={20}
        />
      </Col>
      <Col xs={24} md={12}>
        <TextField<RegisterForm> name={`${p}.phone`} label="联系电话" testId={id('phone')} maxLength={30} />
      </Col>
      <Col xs={24}>
        <TextField<RegisterForm> name={`${p}.address`} label="住址" testId={id('address')} maxLength={200} />
      </Col>
    </Row>
  );
}
