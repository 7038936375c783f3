import { Col, Form, Input, Radio, Row, Typography } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import type { FieldValues } from 'react-hook-form';
import { STANCES } from '../../../shared/elements';
import { elementLabel } from './element-display';
import { ElementField } from './ElementField';
import type { AnsweredElement } from './sheet-forms';

type Props = { templateId: string; row: AnsweredElement };

/**
 * One element of the 被申请人要素表: what the applicant stated, the respondent's 认可 / 不认可 / 未答辩, and with
 * 不认可 the respondent's own value (same input type) and its reason.
 */
export function RespondentRow({ templateId, row }: Props) {
  const { control } = useFormContext<FieldValues>();
  const { element } = row;
  const key = element.key;
  const stance: unknown = useWatch({ control, name: `${key}.stance` });
  const id = `el-resp-${templateId}-${key}`;
  return (
    <div
      className="el-resp-row"
      data-testid="el-resp-row"
      data-key={key}
      data-stance={typeof stance === 'string' ? stance : ''}
    >
      <Row gutter={16} align="middle">
        <Col xs={24} md={9}>
          <div className="el-resp-label">
            <Typography.Text strong>{elementLabel(element)}</Typography.Text>
            <Typography.Text type="secondary"> · {row.group}</Typography.Text>
          </div>
          <div data-testid={`${id}-applicant`}>申请人主张：{row.applicantText}</div>
        </Col>
        <Col xs={24} md={15}>
          <Controller
            control={control}
            name={`${key}.stance`}
            render={({ field }) => (
              <Radio.Group
                name={id}
                value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
                onChange={(e) => field.onChange(e.target.value)}
                aria-label={`对“${element.label}”的答辩意见`}
              >
                {STANCES.map((s) => (
                  <Radio key={s.code} value={s.code} data-testid={`${id}-${s.code}`}>
                    {s.label}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          />
        </Col>
      </Row>
      {stance === 'deny' && (
        <Row gutter={16} className="el-resp-deny">
          <Col xs={24} md={element.type === 'list' || element.type === 'date_range' ? 24 : 12}>
            <ElementField
              def={element}
              name={`${key}.value`}
              id={`el-respval-${templateId}-${key}`}
              label={`被申请人主张的${elementLabel(element)}`}
              required
              noHelp
            />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="不认可的理由" htmlFor={`el-respnote-${templateId}-${key}`}>
              <Controller
                control={control}
                name={`${key}.note`}
                render={({ field }) => (
                  <Input.TextArea
                    ref={field.ref}
                    id={`el-respnote-${templateId}-${key}`}
                    data-testid={`el-respnote-${templateId}-${key}`}
                    placeholder="可不填"
                    value={typeof field.value === 'string' ? field.value : ''}
                    onChange={(e) => field.onChange(e.target.value)}
                    onBlur={field.onBlur}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={500}
                    className="el-resp-note"
                  />
                )}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    </div>
  );
}
