import { Checkbox, Col, Row } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { RegisterForm } from '../register-form-model';
import { InterruptionList } from './InterruptionList';
import { LimitationDate } from './LimitationDate';
import { SuspensionList } from './SuspensionList';

/** The facts the limitation check needs (reference §2.5), in Tab order: 知道之日, 仍存续, 终止日期, 中断, 中止. */
export function LimitationFields() {
  const { control, formState, setValue } = useFormContext<RegisterForm>();
  const stillEmployed = useWatch({ control, name: 'limitation.stillEmployed' });
  return (
    <>
      <Row gutter={12} align="top">
        <Col xs={24} md={9}>
          <LimitationDate
            name="limitation.knewOn"
            label="知道或者应当知道权利被侵害之日"
            testId="limitation-knewOn"
          />
        </Col>
        <Col xs={24} md={7}>
          <Field label="劳动关系" error={errorAt(formState.errors, 'limitation.stillEmployed')}>
            <Controller
              control={control}
              name="limitation.stillEmployed"
              render={({ field }) => (
                <Checkbox
                  ref={field.ref}
                  id="limitation-stillEmployed"
                  data-testid="limitation-stillEmployed"
                  checked={field.value}
                  onChange={(e) => {
                    field.onChange(e.target.checked);
                    // The schema refuses both together; the end date no longer applies.
                    if (e.target.checked) setValue('limitation.employmentEndedOn', '');
                  }}
                >
                  劳动关系仍存续
                </Checkbox>
              )}
            />
          </Field>
        </Col>
        <Col xs={24} md={8}>
          <LimitationDate
            name="limitation.employmentEndedOn"
            label="劳动关系终止日期"
            testId="limitation-employmentEndedOn"
            disabled={stillEmployed}
          />
        </Col>
      </Row>
      <InterruptionList />
      <SuspensionList />
    </>
  );
}
