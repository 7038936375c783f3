import { Input } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm, TextKey } from '../action-form-types';

type Props = {
  name: TextKey;
  label: string;
  testId: string;
  required?: boolean;
  /** A textarea (Enter is a newline there; Ctrl+S submits). */
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
};

/** A text box bound to `payload.<name>` of the action form, its error under it. */
export function PayloadText({
  name,
  label,
  testId,
  required = false,
  multiline = false,
  maxLength,
  placeholder,
}: Props) {
  const { control, formState } = useFormContext<ActionForm>();
  const path = `payload.${name}` as const;
  const error = errorAt(formState.errors, path);
  const common = {
    id: testId,
    'data-testid': testId,
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(placeholder === undefined ? {} : { placeholder }),
    ...(error === undefined ? {} : { status: 'error' as const, 'aria-invalid': true }),
  };
  return (
    <Field label={label} htmlFor={testId} required={required} error={error}>
      <Controller
        control={control}
        name={path}
        render={({ field }) =>
          multiline ? (
            <Input.TextArea
              {...common}
              ref={field.ref}
              name={field.name}
              value={typeof field.value === 'string' ? field.value : ''}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              autoSize={{ minRows: 2, maxRows: 8 }}
            />
          ) : (
            <Input
              {...common}
              ref={field.ref}
              name={field.name}
              value={typeof field.value === 'string' ? field.value : ''}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              autoComplete="off"
            />
          )
        }
      />
    </Field>
  );
}
