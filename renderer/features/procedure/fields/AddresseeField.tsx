import { AutoComplete } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import { partyRoleLabel } from '../../../../shared/domain/reference-data';
import type { Party } from '../../../../shared/domain/case/party.schema';
import type { ActionForm } from '../action-form-types';

type PartyOption = { value: string; label: string; role: Party['role'] };

/**
 * 受送达人: type a name, or pick one of the case's parties, which also fills in the addressee's role. A name not
 * among the parties (e.g. a relative who signed for the worker) can still be typed.
 */
export function AddresseeField({ parties }: { parties: readonly Party[] }) {
  const { control, formState, setValue } = useFormContext<ActionForm>();
  const error = errorAt(formState.errors, 'payload.addressee');
  const seen = new Set<string>();
  const options: PartyOption[] = [];
  for (const p of [...parties].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const key = `${p.role}:${p.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    options.push({ value: p.name, label: `${p.name}（${partyRoleLabel(p.role)}）`, role: p.role });
  }
  return (
    <Field label="受送达人" htmlFor="action-addressee" required error={error}>
      <Controller
        control={control}
        name="payload.addressee"
        render={({ field }) => (
          <AutoComplete<string, PartyOption>
            ref={field.ref}
            id="action-addressee"
            data-testid="action-addressee"
            value={field.value ?? ''}
            options={options}
            onChange={(v) => field.onChange(v)}
            onSelect={(_v, option) => {
              field.onChange(option.value);
              setValue('payload.addresseeRole', option.role, { shouldValidate: formState.isSubmitted });
            }}
            onBlur={field.onBlur}
            showSearch={{
              filterOption: (input, option) => option?.label.includes(input) ?? false,
            }}
            placeholder="输入姓名/名称，或从本案当事人中选择"
            {...(error === undefined ? {} : { status: 'error' as const })}
          />
        )}
      />
    </Field>
  );
}
