import { Form } from 'antd';
import { useRef, type ReactNode, type RefObject } from 'react';
import { moveFocusOnEnter } from './focus-order';

type Props = {
  testId?: string;
  /** Called when the form is submitted by its button; the browser's own submission is always cancelled. */
  onSubmit: () => void;
  /** The save button: Enter in the last field moves focus here instead of submitting. */
  submitRef: RefObject<HTMLButtonElement | null>;
  /** Extra data-* attributes the tests and styles read (e.g. which kind of assignment this form makes). */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
};

/**
 * The frame of every data-entry form: no browser validation (zod is the validator), Enter moves to the next
 * field instead of submitting (see focus-order.ts), and antd's vertical layout for the fields inside.
 */
export function EntryForm({ testId, onSubmit, submitRef, data, children }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (formRef.current !== null) moveFocusOnEnter(e.nativeEvent, formRef.current, submitRef.current);
      }}
      {...(testId === undefined ? {} : { 'data-testid': testId })}
      {...data}
    >
      <Form layout="vertical" component={false}>
        {children}
      </Form>
    </form>
  );
}
