import { InputNumber } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm } from '../action-form-types';
import { PayloadText } from './PayloadText';

/** 延长审理期限: at most fifteen days in all, approved in writing by the 主任 (法 第四十三条). */
export function ExtensionFields({ alreadyExtended }: { alreadyExtended: number }) {
  const { control, formState } = useFormContext<ActionForm>();
  const error = errorAt(formState.errors, 'payload.days');
  return (
    <>
      <Field
        label={`延长天数（已延长 ${alreadyExtended} 日，合计不超过 15 日）`}
        htmlFor="action-days"
        required
        error={error}
      >
        <Controller
          control={control}
          name="payload.days"
          // No min/max on the box: a clamped value would silently change what was typed; zod explains the limit.
          render={({ field }) => (
            <InputNumber
              ref={field.ref}
              id="action-days"
              data-testid="action-days"
              precision={0}
              value={field.value ?? null}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
              onBlur={field.onBlur}
              suffix="日"
              {...(error === undefined ? {} : { status: 'error' as const })}
            />
          )}
        />
      </Field>
      <PayloadText name="approvedBy" label="批准人" testId="action-approvedBy" required maxLength={50} />
      <PayloadText
        name="reasons"
        label="延长理由"
        testId="action-reasons"
        required
        multiline
        maxLength={500}
      />
    </>
  );
}
