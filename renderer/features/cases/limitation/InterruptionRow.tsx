import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Row, Select } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import { TextField } from '../../../components/TextField';
import { INTERRUPTION_KINDS } from '../../../../shared/limitation';
import type { RegisterForm } from '../register-form-model';
import { LimitationDate } from './LimitationDate';

const KIND_OPTIONS = INTERRUPTION_KINDS.map((k) => ({ value: k.code, label: k.label }));

/** One 时效中断事由 (第二十七条第二款): the day, the kind and a note. */
export function InterruptionRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control, formState } = useFormContext<RegisterForm>();
  const p = `limitation.interruptions.${index}` as const;
  const t = `limitation-interruption-${index}`;
  const kindError = errorAt(formState.errors, `${p}.kind`);
  return (
    <Row gutter={12} align="top" className="limitation-row" data-testid={t}>
      <Col xs={24} md={7}>
        <LimitationDate name={`${p}.on`} label={`中断日期 ${index + 1}`} testId={`${t}-on`} required />
      </Col>
      <Col xs={24} md={8}>
        <Field label="中断事由" htmlFor={`${t}-kind`} required error={kindError}>
          <Controller
            control={control}
            name={`${p}.kind`}
            render={({ field }) => (
              <Select
                ref={field.ref}
                id={`${t}-kind`}
                data-testid={`${t}-kind`}
                value={field.value === '' ? null : field.value}
                onChange={(v: string) => field.onChange(v)}
                onBlur={field.onBlur}
                options={KIND_OPTIONS}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="请选择"
                {...(kindError === undefined ? {} : { status: 'error' as const })}
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={20} md={7}>
        <TextField<RegisterForm> name={`${p}.note`} label="说明" testId={`${t}-note`} maxLength={500} />
      </Col>
      <Col xs={4} md={2} className="claim-remove">
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除中断事由 ${index + 1}`}
          data-testid={`${t}-remove`}
          onClick={onRemove}
        />
      </Col>
    </Row>
  );
}
