import { Col, Form, Input, Row, Typography } from 'antd';
import { Controller, useFormContext } from 'react-hook-form';
import type { FieldValues } from 'react-hook-form';
import type { ElementComparison, Element as ElementDef } from '../../../shared/elements';
import { errorUnder } from './converting-resolver';
import { elementLabel } from './element-display';
import { ElementField } from './ElementField';

type Props = { templateId: string; element: ElementDef; comparison: ElementComparison };

/**
 * The tribunal's finding on one disputed element (要素式裁决书 §3.5 item 6): both sides' positions, then the value
 * found, the reason and the evidence relied on (one a line; none when it rests on the burden of proof).
 */
export function FindingRow({ templateId, element, comparison }: Props) {
  const { control, formState } = useFormContext<FieldValues>();
  const key = element.key;
  const id = `el-find-${templateId}-${key}`;
  const text = (name: 'reason' | 'evidence', label: string, placeholder: string, required: boolean) => {
    const error = errorUnder(formState.errors, `${key}.${name}`);
    return (
      <Form.Item
        label={label}
        required={required}
        htmlFor={`${id}-${name}`}
        {...(error === undefined ? {} : { validateStatus: 'error' as const, help: error })}
      >
        <Controller
          control={control}
          name={`${key}.${name}`}
          render={({ field }) => (
            <Input.TextArea
              ref={field.ref}
              id={`${id}-${name}`}
              data-testid={`${id}-${name}`}
              value={typeof field.value === 'string' ? field.value : ''}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              placeholder={placeholder}
              autoSize={{ minRows: 2, maxRows: 8 }}
              {...(error === undefined ? {} : { status: 'error' as const })}
            />
          )}
        />
      </Form.Item>
    );
  };
  return (
    <div className="el-find-row" data-testid="el-find-row" data-key={key}>
      <Typography.Title level={5}>{elementLabel(element)}</Typography.Title>
      <ul className="el-find-positions">
        <li>申请人主张：{comparison.applicantText}</li>
        <li>
          被申请人：{comparison.respondentText}
          {comparison.note === null ? '' : `（${comparison.note}）`}
        </li>
      </ul>
      <Row gutter={16}>
        <Col xs={24} md={element.type === 'list' || element.type === 'date_range' ? 24 : 8}>
          <ElementField
            def={element}
            name={`${key}.value`}
            id={`${id}-value`}
            label={`认定的${elementLabel(element)}`}
            required
          />
        </Col>
        <Col xs={24} md={element.type === 'list' || element.type === 'date_range' ? 12 : 8}>
          {text('reason', '认定理由', '如：被申请人未提交劳动合同、考勤记录，应承担举证不能的后果', true)}
        </Col>
        <Col xs={24} md={element.type === 'list' || element.type === 'date_range' ? 12 : 8}>
          {text('evidence', '所依据的证据（每行一项）', '如：工资流水（证据 3）', false)}
        </Col>
      </Row>
    </div>
  );
}
