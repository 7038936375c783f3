import { Input, Select } from 'antd';
import { DateField } from '../../components/DateField';
import { BooleanInput } from './BooleanInput';
import { DateRangeInput } from './DateRangeInput';
import type { Def, ScalarField } from './element-form-values';

export type FocusRef = (instance: { focus: () => void } | null) => void;

type Props = {
  def: Def;
  /** The input's id and data-testid ('el-<templateId>-<key>'). */
  id: string;
  value: unknown;
  onChange: (value: ScalarField) => void;
  onBlur?: () => void;
  invalid: boolean;
  focusRef?: FocusRef;
  /** Accessible name when the input has no visible label of its own (a list cell). */
  ariaLabel?: string;
};

const LONG_TEXT = 200;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The input for one scalar element type: 元 for money, DateField for dates, Select for choices, 是/否 radios. */
export function ElementInput({ def, id, value, onChange, onBlur, invalid, focusRef, ariaLabel }: Props) {
  const status = invalid ? { status: 'error' as const } : {};
  const common = {
    id,
    'data-testid': id,
    ...(onBlur === undefined ? {} : { onBlur }),
    ...(ariaLabel === undefined ? {} : { 'aria-label': ariaLabel }),
    ...status,
  };
  switch (def.type) {
    case 'date':
      return (
        <DateField
          id={id}
          testId={id}
          value={str(value)}
          onChange={onChange}
          invalid={invalid}
          {...(onBlur === undefined ? {} : { onBlur })}
          {...(focusRef === undefined ? {} : { ref: focusRef })}
        />
      );
    case 'money':
    case 'number':
      return (
        <Input
          {...common}
          ref={focusRef}
          value={str(value)}
          onChange={(e) => onChange(e.target.value)}
          inputMode="decimal"
          autoComplete="off"
          placeholder={def.type === 'money' ? '如 9000.00' : undefined}
          suffix={def.type === 'money' ? '元' : def.unit}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          ref={focusRef}
          value={str(value) === '' ? null : str(value)}
          onChange={(v: string | undefined) => onChange(v ?? '')}
          options={(def.choices ?? []).map((c) => ({ value: c.value, label: c.label }))}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={!def.required}
          placeholder="请选择"
        />
      );
    case 'boolean':
      return (
        <BooleanInput
          id={id}
          value={typeof value === 'boolean' ? value : null}
          onChange={onChange}
          clearable={!def.required}
        />
      );
    case 'date_range':
      return <DateRangeInput id={id} value={value} onChange={onChange} invalid={invalid} />;
    case 'text':
      return def.maxLength === undefined || def.maxLength > LONG_TEXT ? (
        <Input.TextArea
          {...common}
          ref={focusRef}
          value={str(value)}
          onChange={(e) => onChange(e.target.value)}
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={def.maxLength}
        />
      ) : (
        <Input
          {...common}
          ref={focusRef}
          value={str(value)}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          maxLength={def.maxLength}
          placeholder={def.format === 'year_month' ? 'YYYY-MM' : undefined}
        />
      );
    case 'list':
      return null;
  }
}
