import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Row, Select } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../components/Field';
import { errorAt } from '../../components/form-errors';
import { DISPUTE_REASONS } from '../../../shared/domain/reference-data';
import { TextField } from '../../components/TextField';
import type { RegisterForm } from './register-form-model';

const TYPE_OPTIONS = DISPUTE_REASONS.map((r) => ({ value: r.code, label: r.label }));

/** One 请求: its type, wording and amount in 元 (converted to integer 分 on save; money is never a float). */
export function ClaimRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control, formState } = useFormContext<RegisterForm>();
  const p = `claims.${index}` as const;
  const typeError = errorAt(formState.errors, `${p}.type`);
  return (
    <Row gutter={12} align="top" className="claim-row" data-testid={`claim-${index}`}>
      <Col xs={24} md={6}>
        <Field label={`请求 ${index + 1}`} htmlFor={`claim-${index}-type`} required error={typeError}>
          <Controller
            control={control}
            name={`${p}.type`}
            render={({ field }) => (
              <Select
                ref={field.ref}
                id={`claim-${index}-type`}
                data-testid={`claim-${index}-type`}
                value={field.value === '' ? null : field.value}
                onChange={(v: string) => field.onChange(v)}
                onBlur={field.onBlur}
                options={TYPE_OPTIONS}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="请求类型"
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={11}>
        <TextField<RegisterForm>
          name={`${p}.description`}
          label="内容"
          testId={`claim-${index}-description`}
          maxLength={500}
        />
      </Col>
      <Col xs={20} md={5}>
        <TextField<RegisterForm>
          name={`${p}.amountYuan`}
          label="金额（元）"
          testId={`claim-${index}-amount`}
          placeholder="如 12345.67"
        />
      </Col>
      <Col xs={4} md={2} className="claim-remove">
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`删除请求 ${index + 1}`}
          data-testid={`claim-${index}-remove`}
          onClick={onRemove}
        />
      </Col>
    </Row>
  );
}
