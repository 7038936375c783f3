import { Form } from 'antd';
import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { FieldValues } from 'react-hook-form';
import { errorUnder } from './converting-resolver';
import { elementLabel } from './element-display';
import type { Def } from './element-form-values';
import { ElementInput } from './ElementInput';
import { ListElementField } from './ListElementField';

type Props = {
  def: Def;
  /** The form path of the value ('startDate', 'startDate.value' …). */
  name: string;
  /** Input id and data-testid. */
  id: string;
  /** Replaces the element's own label (e.g. '被申请人主张的…'). */
  label?: ReactNode;
  /** Hide the help line (shown once elsewhere). */
  noHelp?: boolean;
  /** Required mark; defaults to the element's own `required`. */
  required?: boolean;
};

/**
 * One element bound to the surrounding react-hook-form: its label with unit and required mark, its input, the
 * help text with the legal basis under it, and its error message.
 */
export function ElementField({ def, name, id, label, noHelp = false, required = def.required }: Props) {
  const { control, formState } = useFormContext<FieldValues>();
  const error = errorUnder(formState.errors, name);
  return (
    <Form.Item
      label={label ?? elementLabel(def)}
      required={required}
      {...(def.type === 'date_range' || def.type === 'boolean' || def.type === 'list' ? {} : { htmlFor: id })}
      {...(error === undefined ? {} : { validateStatus: 'error' as const, help: error })}
      {...(noHelp ? {} : { extra: <span className="el-help">{def.help}</span> })}
    >
      {def.type === 'list' ? (
        <ListElementField def={def} name={name} id={id} />
      ) : (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <ElementInput
              def={def}
              id={id}
              value={field.value as unknown}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={error !== undefined}
              focusRef={field.ref}
            />
          )}
        />
      )}
    </Form.Item>
  );
}
