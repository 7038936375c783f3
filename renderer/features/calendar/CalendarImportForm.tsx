import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { Field } from '../../components/Field';
import { errorAt, stripLabel } from '../../components/form-errors';
import { CalendarImportForm as Schema, type CalendarImportValues } from './calendar-import-form';
import { daysSummary, parseCalendarLines } from './calendar-lines';
import type { CalendarYearDataInput } from '../../../shared/calendar/calendar-data.schema';

const PLACEHOLDER = [
  '2027-01-01 休 元旦',
  '2027-02-06 休 春节',
  '2027-02-14 班 春节',
  '# 以 # 开头的行为注释',
].join('\n');

type Props = { defaultYear: number; onImported: () => void };

/**
 * 载入一年的节假日安排 from the State Council notice: the year, the notice number or URL (deadlines cite it),
 * and one line per day off (休) or 调休 working day (班). Parsed and checked here with the schema main uses.
 */
export function CalendarImportForm({ defaultYear, onImported }: Props) {
  const { message } = App.useApp();
  const blank: CalendarImportValues = { year: defaultYear, source: '', daysText: '' };
  const { control, formState, handleSubmit, reset, setError } = useForm<
    CalendarImportValues,
    unknown,
    CalendarYearDataInput
  >({
    resolver: zodResolver(Schema),
    defaultValues: blank,
  });
  const errors = formState.errors;
  const daysText = useWatch({ control, name: 'daysText' });
  const preview = parseCalendarLines(daysText);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);

  const submit = handleSubmit(async (data) => {
    setFailure(null);
    setResult(null);
    const r = await call('calendar:importYear', data);
    if (r.ok) {
      const text = `已载入 ${r.value.year} 年节假日安排，重新计算了 ${r.value.recomputed} 件案件的期限`;
      void message.success(text);
      setResult(text);
      reset({ ...blank, year: r.value.year + 1 });
      onImported();
      return;
    }
    const issues = validationIssues(r.error);
    for (const i of issues) {
      const field = i.path === 'year' || i.path === 'source' ? i.path : 'daysText';
      setError(field, { type: 'server', message: stripLabel(i.message, i.label) });
    }
    if (issues.length === 0) setFailure(errorText(r.error));
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="calendar-import-form">
      <Form layout="vertical" component={false}>
        {failure !== null && (
          <Alert
            type="error"
            showIcon
            title={failure}
            className="section-alert"
            data-testid="calendar-import-error"
          />
        )}
        {result !== null && (
          <Alert
            type="success"
            showIcon
            title={result}
            className="section-alert"
            data-testid="calendar-import-result"
          />
        )}
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Field label="年份" htmlFor="calendar-import-year" required error={errorAt(errors, 'year')}>
              <Controller
                control={control}
                name="year"
                render={({ field }) => (
                  <InputNumber
                    ref={field.ref}
                    id="calendar-import-year"
                    data-testid="calendar-import-year"
                    min={2000}
                    max={2199}
                    precision={0}
                    value={field.value}
                    onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                    onBlur={field.onBlur}
                    style={{ width: '100%' }}
                  />
                )}
              />
            </Field>
          </Col>
          <Col xs={24} md={18}>
            <Field
              label="通知文号或网址"
              htmlFor="calendar-import-source"
              required
              error={errorAt(errors, 'source')}
            >
              <Controller
                control={control}
                name="source"
                render={({ field }) => (
                  <Input
                    ref={field.ref}
                    id="calendar-import-source"
                    data-testid="calendar-import-source"
                    value={field.value}
                    onChange={(e) => field.onChange(e.target.value)}
                    onBlur={field.onBlur}
                    maxLength={500}
                    placeholder="如 国办发明电〔2026〕X号，或 www.gov.cn 上通知的网址"
                  />
                )}
              />
            </Field>
          </Col>
        </Row>
        <Field
          label="放假和调休安排（每行一天：日期 休/班 名称）"
          htmlFor="calendar-import-days"
          required
          error={errorAt(errors, 'daysText')}
        >
          <Controller
            control={control}
            name="daysText"
            render={({ field }) => (
              <Input.TextArea
                ref={field.ref}
                id="calendar-import-days"
                data-testid="calendar-import-days"
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                onBlur={field.onBlur}
                autoSize={{ minRows: 8, maxRows: 20 }}
                placeholder={PLACEHOLDER}
                className="calendar-days-input"
              />
            )}
          />
        </Field>
        <Typography.Paragraph type="secondary" data-testid="calendar-import-preview">
          {preview.days.length === 0 ? '尚未识别到日期' : `已识别：${daysSummary(preview.days)}`}
          {preview.errors.length > 0 ? `；${preview.errors.length} 行有误` : ''}
        </Typography.Paragraph>
        <Button
          type="primary"
          htmlType="submit"
          loading={formState.isSubmitting}
          data-testid="calendar-import-submit"
        >
          载入并重新计算期限
        </Button>
      </Form>
    </form>
  );
}
