import { DateField } from '../../components/DateField';
import type { RangeField } from './element-form-values';

type Props = {
  /** '<id>-from' and '<id>-to' are the two dates' ids and test ids. */
  id: string;
  value: unknown;
  onChange: (value: RangeField) => void;
  invalid: boolean;
};

const part = (v: unknown, key: 'from' | 'to'): string => {
  if (typeof v !== 'object' || v === null || !(key in v)) return '';
  const s: unknown = (v as Record<string, unknown>)[key];
  return typeof s === 'string' ? s : '';
};

/** 起止日期: two DateFields, 'YYYY-MM-DD 至 YYYY-MM-DD'. */
export function DateRangeInput({ id, value, onChange, invalid }: Props) {
  const from = part(value, 'from');
  const to = part(value, 'to');
  return (
    <div className="el-range" data-testid={id}>
      <DateField
        id={`${id}-from`}
        testId={`${id}-from`}
        value={from}
        onChange={(v) => onChange({ from: v, to })}
        invalid={invalid}
      />
      <span className="el-range-sep">至</span>
      <DateField
        id={`${id}-to`}
        testId={`${id}-to`}
        value={to}
        onChange={(v) => onChange({ from, to: v })}
        invalid={invalid}
      />
    </div>
  );
}
