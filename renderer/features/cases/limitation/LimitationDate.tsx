import { Controller, useFormContext, type FieldPathByValue } from 'react-hook-form';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { RegisterForm } from '../register-form-model';

type Props = {
  name: FieldPathByValue<RegisterForm, string>;
  label: string;
  /** The input's id (so the label points at it) and its data-testid. */
  testId: string;
  required?: boolean;
  disabled?: boolean;
};

/** A 'YYYY-MM-DD' date of the register form's 仲裁时效 part ('' = not filled in), its error under it. */
export function LimitationDate({ name, label, testId, required = false, disabled = false }: Props) {
  const { control, formState } = useFormContext<RegisterForm>();
  const error = errorAt(formState.errors, name);
  return (
    <Field label={label} htmlFor={testId} required={required} error={error}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <DateField
            ref={field.ref}
            id={testId}
            testId={testId}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            invalid={error !== undefined}
            disabled={disabled}
          />
        )}
      />
    </Field>
  );
}
