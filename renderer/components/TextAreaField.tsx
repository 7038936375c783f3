import { Input } from 'antd';
import { Controller, useFormContext, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { Field } from './Field';
import { errorAt } from './form-errors';

type Props<T extends FieldValues> = {
  name: FieldPathByValue<T, string>;
  label: string;
  /** Used as both the text area's id (so the label points at it) and its data-testid. */
  testId: string;
  required?: boolean;
  maxLength: number;
  rows?: { min: number; max: number };
  placeholder?: string;
  autoFocus?: boolean;
};

/** A growing multi-line text box bound to the surrounding react-hook-form, with its error message under it. */
export function TextAreaField<T extends FieldValues>(props: Props<T>) {
  const { name, label, testId, required = false, maxLength, rows = { min: 2, max: 6 }, placeholder } = props;
  const { control, formState } = useFormContext<T>();
  const error = errorAt(formState.errors, name);
  return (
    <Field label={label} htmlFor={testId} error={error} required={required}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <Input.TextArea
            ref={field.ref}
            id={testId}
            data-testid={testId}
            // The path is constrained to string values; react-hook-form's generic types cannot see that here.
            value={String(field.value ?? '')}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
            autoSize={{ minRows: rows.min, maxRows: rows.max }}
            maxLength={maxLength}
            autoFocus={props.autoFocus ?? false}
            {...(placeholder === undefined ? {} : { placeholder })}
            {...(error === undefined ? {} : { status: 'error' as const, 'aria-invalid': true })}
          />
        )}
      />
    </Field>
  );
}
