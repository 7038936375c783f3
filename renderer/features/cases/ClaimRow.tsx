import { DeleteOutlined } from '@ant-design/icons';
import { Button, Col, Row, Select } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../components/Field';
import { errorAt } from '../../components/form-errors';
import { TextField } from '../../components/TextField';
import type { ClaimTypeSearch } from '../../components/claim-type-search';
import type { RegisterForm } from './register-form-model';

type Props = { index: number; onRemove: () => void; types: ClaimTypeSearch };

/**
 * One 请求: its type (found by common words too: 拖欠工资 → 追索劳动报酬), wording and amount in 元 (converted to
 * integer 分 on save; money is never a float).
 */
export function ClaimRow({ index, onRemove, types }: Props) {
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
                options={types.options}
                showSearch={types.showSearch}
                placeholder="请求类型（可输入常用说法）"
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
