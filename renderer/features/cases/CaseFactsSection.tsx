import { Checkbox, Col, InputNumber, Radio, Row, Select } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { errorAt } from '../../components/form-errors';
import { CASE_KINDS } from '../../../shared/domain/reference-data';
import { useClaimTypeSearch } from '../../components/use-claim-type-search';
import type { Office } from '../../../shared/domain/office/office.schema';
import type { RegisterForm } from './register-form-model';

/**
 * 案件基本情况: kind, office, date received, 案由, collective/migrant-wage flags, facts. In a 更正 the kind is
 * shown but fixed (a case registered as the wrong kind is voided and registered again).
 */
export function CaseFactsSection({
  offices,
  kindFixed = false,
}: {
  offices: readonly Office[];
  kindFixed?: boolean;
}) {
  const { control, formState } = useFormContext<RegisterForm>();
  const errors = formState.errors;
  const isCollective = useWatch({ control, name: 'isCollective' });
  const reasons = useClaimTypeSearch();

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Field label="案件类型" required error={errorAt(errors, 'kind')}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                ref={field.ref}
                name="case-kind"
                disabled={kindFixed}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
              >
                {CASE_KINDS.map((k) => (
                  <Radio key={k.code} value={k.code} data-testid={`case-kind-${k.code}`}>
                    {k.label}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field label="办案机构" htmlFor="case-office" required error={errorAt(errors, 'officeId')}>
          <Controller
            control={control}
            name="officeId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                id="case-office"
                data-testid="case-office"
                value={field.value === '' ? null : field.value}
                onChange={(v: string) => field.onChange(v)}
                onBlur={field.onBlur}
                options={offices.map((o) => ({ value: o.id, label: o.name }))}
                placeholder="请选择办案机构"
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field label="收件日期" htmlFor="case-receivedDate" required error={errorAt(errors, 'receivedDate')}>
          <Controller
            control={control}
            name="receivedDate"
            render={({ field }) => (
              <DateField
                ref={field.ref}
                id="case-receivedDate"
                testId="case-receivedDate"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                invalid={errorAt(errors, 'receivedDate') !== undefined}
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24}>
        <Field label="案由" htmlFor="case-reasons" required error={errorAt(errors, 'reasons')}>
          <Controller
            control={control}
            name="reasons"
            render={({ field }) => (
              <Select
                ref={field.ref}
                id="case-reasons"
                data-testid="case-reasons"
                mode="multiple"
                value={field.value}
                onChange={(v: string[]) => field.onChange(v)}
                onBlur={field.onBlur}
                options={reasons.options}
                showSearch={reasons.showSearch}
                placeholder="可多选；可输入常用说法，如“欠薪”"
              />
            )}
          />
        </Field>
      </Col>
      <Col xs={24} md={8}>
        <Field label="争议性质" error={errorAt(errors, 'isCollective') ?? errorAt(errors, 'isMigrantWage')}>
          <Controller
            control={control}
            name="isCollective"
            render={({ field }) => (
              <Checkbox
                ref={field.ref}
                id="case-isCollective"
                data-testid="case-isCollective"
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
              >
                集体争议
              </Checkbox>
            )}
          />
          <Controller
            control={control}
            name="isMigrantWage"
            render={({ field }) => (
              <Checkbox
                ref={field.ref}
                id="case-isMigrantWage"
                data-testid="case-isMigrantWage"
                checked={field.value}
                onChange={(e) => field.onChange(e.target.checked)}
              >
                农民工欠薪
              </Checkbox>
            )}
          />
        </Field>
      </Col>
      {isCollective && (
        <Col xs={24} md={8}>
          <Field
            label="劳动者人数"
            htmlFor="case-workerCount"
            required
            error={errorAt(errors, 'workerCount')}
          >
            <Controller
              control={control}
              name="workerCount"
              render={({ field }) => (
                <InputNumber
                  ref={field.ref}
                  id="case-workerCount"
                  data-testid="case-workerCount"
                  min={1}
                  precision={0}
                  style={{ width: '100%' }}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                  onBlur={field.onBlur}
                  suffix="人"
                />
              )}
            />
          </Field>
        </Col>
      )}
      <Col xs={24}>
        <TextAreaField<RegisterForm>
          name="summary"
          label="事实与理由"
          testId="case-summary"
          maxLength={5000}
          rows={{ min: 3, max: 10 }}
        />
      </Col>
    </Row>
  );
}
