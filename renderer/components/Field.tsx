import { Form } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  label: ReactNode;
  htmlFor?: string;
  /** The field's Chinese validation message, shown under it. */
  error?: string | undefined;
  required?: boolean;
  children: ReactNode;
};

/** antd Form.Item used for layout and error display only; the values live in react-hook-form. */
export function Field({ label, htmlFor, error, required = false, children }: Props) {
  return (
    <Form.Item
      label={label}
      required={required}
      {...(htmlFor === undefined ? {} : { htmlFor })}
      {...(error === undefined ? {} : { validateStatus: 'error' as const, help: error })}
    >
      {children}
    </Form.Item>
  );
}
