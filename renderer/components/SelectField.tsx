import { Select } from 'antd';
import { Field } from './Field';

type Option<V extends string> = { value: V; label: string; disabled?: boolean };

type Props<V extends string> = {
  label: string;
  /** Used as both the select's id (so the label points at it) and its data-testid. */
  testId: string;
  /** '' means nothing chosen yet, which is how the plain-state forms keep an empty choice. */
  value: V | '';
  onChange: (value: V) => void;
  options: readonly Option<V>[];
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
};

/**
 * A searchable single-choice select with its label and error message, for forms that keep their values in
 * component state. Typing filters by the option's Chinese label, so a long staff list stays keyboard-friendly.
 */
export function SelectField<V extends string>(props: Props<V>) {
  const { label, testId, value, onChange, options, error, required = false, disabled = false } = props;
  return (
    <Field label={label} htmlFor={testId} required={required} error={error}>
      <Select<V>
        id={testId}
        data-testid={testId}
        value={value === '' ? null : value}
        onChange={onChange}
        options={options.map((o) => ({ ...o }))}
        disabled={disabled}
        showSearch={{ optionFilterProp: 'label' }}
        {...(props.placeholder === undefined ? {} : { placeholder: props.placeholder })}
        {...(error === undefined ? {} : { status: 'error' as const })}
      />
    </Field>
  );
}
