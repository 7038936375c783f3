import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { ComponentRef, Ref } from 'react';
import { isValidIsoDate } from '../../shared/validate';

type Props = {
  /** 'YYYY-MM-DD' or '' (empty). Dates travel as plain strings everywhere in the app. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  id: string;
  testId: string;
  invalid?: boolean;
  disabled?: boolean;
  ref?: Ref<ComponentRef<typeof DatePicker>>;
};

/** An antd DatePicker whose value is a 'YYYY-MM-DD' string, typed or picked, with no time zone involved. */
export function DateField({
  value,
  onChange,
  onBlur,
  id,
  testId,
  invalid = false,
  disabled = false,
  ref,
}: Props) {
  return (
    <DatePicker
      ref={ref}
      id={id}
      data-testid={testId}
      format="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      style={{ width: '100%' }}
      disabled={disabled}
      value={isValidIsoDate(value) ? dayjs(value) : null}
      onChange={(d) => onChange(d === null ? '' : d.format('YYYY-MM-DD'))}
      {...(onBlur === undefined ? {} : { onBlur })}
      {...(invalid ? { status: 'error' as const } : {})}
    />
  );
}
