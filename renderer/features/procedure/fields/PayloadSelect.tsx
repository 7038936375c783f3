import { Select } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm, TextKey } from '../action-form-types';

export type SelectOption = { value: string; label: string };

type Props = {
  name: TextKey;
  label: string;
  testId: string;
  options: readonly SelectOption[];
  required?: boolean;
  placeholder?: string;
  onPicked?: (value: string) => void;
};

/** One choice from a fixed list, bound to `payload.<name>`; nothing chosen is `undefined`. */
export function PayloadSelect({
  name,
  label,
  testId,
  options,
  required = false,
  placeholder,
  onPicked,
}: Props) {
  const { control, formState } = useFormContext<ActionForm>();
  const path = `payload.${name}` as const;
  const error = errorAt(formState.errors, path);
  return (
    <Field label={label} htmlFor={testId} required={required} error={error}>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <Select
            ref={field.ref}
            id={testId}
            data-testid={testId}
            value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
            onChange={(v: string) => {
              field.onChange(v);
              onPicked?.(v);
            }}
            onBlur={field.onBlur}
            options={[...options]}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={placeholder ?? '请选择'}
            {...(error === undefined ? {} : { status: 'error' as const })}
          />
        )}
      />
    </Field>
  );
}
