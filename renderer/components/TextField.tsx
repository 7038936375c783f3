import { Input } from 'antd';
import { Controller, useFormContext, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import { errorAt } from './form-errors';

type Props<T extends FieldValues> = {
  name: FieldPathByValue<T, string>;
  label: string;
  /** Used as both the input's id (so the label points at it) and its data-testid. */
  testId: string;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  password?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
  onValueChange?: (value: string) => void;
};

/** A single-line text box bound to the surrounding react-hook-form, with its error message under it. */
export function TextField<T extends FieldValues>(props: Props<T>) {
  const {
    name,
    label,
    testId,
    required = false,
    maxLength,
    placeholder,
    password = false,
    onValueChange,
  } = props;
  const { control, formState } = useFormContext<T>();
  const error = errorAt(formState.errors, name);
  const Component = password ? Input.Password : Input;
  return (
    <Field label={label} htmlFor={testId} error={error} required={required}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Component
            ref={field.ref}
            id={testId}
            data-testid={testId}
            name={field.name}
            // The path is constrained to string values; react-hook-form's generic types cannot see that here.
            value={String(field.value ?? '')}
            onBlur={field.onBlur}
            onChange={(e) => {
              field.onChange(e.target.value);
              onValueChange?.(e.target.value);
            }}
            autoComplete={props.autoComplete ?? 'off'}
            autoFocus={props.autoFocus ?? false}
            {...(maxLength === undefined ? {} : { maxLength })}
            {...(placeholder === undefined ? {} : { placeholder })}
            {...(error === undefined ? {} : { status: 'error' as const, 'aria-invalid': true })}
          />
        )}
      />
    </Field>
  );
}
