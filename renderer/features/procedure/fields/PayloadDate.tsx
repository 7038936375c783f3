import { Controller, useFormContext } from 'react-hook-form';
import { DateField } from '../../../components/DateField';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm, TextKey } from '../action-form-types';

type Props = { name: TextKey; label: string; testId: string; required?: boolean };

/** A 'YYYY-MM-DD' date bound to `payload.<name>`; cleared means `undefined`, so optional dates stay absent. */
export function PayloadDate({ name, label, testId, required = false }: Props) {
  const { control, formState } = useFormContext<ActionForm>();
  const path = `payload.${name}` as const;
  const error = errorAt(formState.errors, path);
  return (
    <Field label={label} htmlFor={testId} required={required} error={error}>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <DateField
            ref={field.ref}
            id={testId}
            testId={testId}
            value={typeof field.value === 'string' ? field.value : ''}
            onChange={(v) => field.onChange(v === '' ? undefined : v)}
            onBlur={field.onBlur}
            invalid={error !== undefined}
          />
        )}
      />
    </Field>
  );
}
