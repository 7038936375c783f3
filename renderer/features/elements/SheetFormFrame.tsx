import { Alert, Button, Card, Typography } from 'antd';
import { useRef, type ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { EntryForm } from '../../components/EntryForm';
import { countErrors } from '../../components/form-errors';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { focusInDialog } from './use-sheet-save';

type Props<F extends FieldValues, O> = {
  methods: UseFormReturn<F, unknown, O>;
  /** The card's data-testid. */
  testId: string;
  templateId: string;
  title: ReactNode;
  extra?: ReactNode;
  /** Only the visible form answers Ctrl+S. */
  active: boolean;
  onSave: () => void;
  saveTestId: string;
  saveLabel: string;
  /** Lines from main that could not be put under a field (or a non-validation error). */
  failure: readonly string[];
  children: ReactNode;
};

/**
 * The frame of one template's sheet: a card with the form, Enter moving to the next field, Ctrl+S (while this
 * form is the visible one) or the button saving, and the errors that belong to no single field.
 */
export function SheetFormFrame<F extends FieldValues, O>(props: Props<F, O>) {
  const { methods, testId, templateId, title, extra, active, onSave, saveTestId, saveLabel, failure } = props;
  const saveRef = useRef<HTMLButtonElement>(null);
  const { formState } = methods;
  const save = () => {
    if (!formState.isSubmitting) onSave();
  };
  useSaveShortcut(() => {
    if (active && !focusInDialog()) save();
  });
  const invalid = formState.isSubmitted ? countErrors(formState.errors) : 0;

  return (
    <Card
      size="small"
      className="form-card el-sheet"
      title={title}
      extra={extra}
      data-testid={testId}
      data-template-id={templateId}
    >
      <FormProvider {...methods}>
        <EntryForm submitRef={saveRef} onSubmit={save}>
          {props.children}
          {failure.length > 0 && (
            <Alert
              type="error"
              showIcon
              className="section-alert"
              data-testid={`${saveTestId}-error`}
              title={failure.length === 1 ? failure[0] : `未保存，共 ${failure.length} 处问题`}
              {...(failure.length > 1
                ? {
                    description: (
                      <ul className="issue-list">
                        {failure.map((m, i) => (
                          <li key={i}>{m}</li>
                        ))}
                      </ul>
                    ),
                  }
                : {})}
            />
          )}
          <div className="el-actions">
            <Button
              ref={saveRef}
              type="primary"
              htmlType="submit"
              loading={formState.isSubmitting}
              data-testid={saveTestId}
            >
              {saveLabel}（Ctrl+S）
            </Button>
            {invalid > 0 && (
              <Typography.Text type="danger" data-testid={`${saveTestId}-invalid`}>
                有 {invalid} 处需要更正
              </Typography.Text>
            )}
            {formState.isDirty && invalid === 0 && (
              <Typography.Text type="warning">有未保存的修改</Typography.Text>
            )}
          </div>
        </EntryForm>
      </FormProvider>
    </Card>
  );
}
