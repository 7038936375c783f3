import { Checkbox } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm, BoolKey } from '../action-form-types';

type Props = { name: BoolKey; label: string; text: string; testId: string };

/** A yes/no payload field (简易处理, 终局裁决, 合并审理, 准予回避). */
export function PayloadCheckbox({ name, label, text, testId }: Props) {
  const { control, formState } = useFormContext<ActionForm>();
  const path = `payload.${name}` as const;
  return (
    <Field label={label} error={errorAt(formState.errors, path)}>
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <Checkbox
            ref={field.ref}
            id={testId}
            data-testid={testId}
            checked={field.value === true}
            onChange={(e) => field.onChange(e.target.checked)}
          >
            {text}
          </Checkbox>
        )}
      />
    </Field>
  );
}
