import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Input, Row, Select, Tag, Typography } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import {
  FINAL_AWARD_ITEM_KINDS,
  isMoneyKind,
  type FinalAwardItemKind,
} from '../../../../shared/calc/final-award';
import { Field } from '../../../components/Field';
import { errorAt } from '../../../components/form-errors';
import type { ActionForm } from '../action-form-types';
import { rowDefaultText, type AwardRow, type RowTest } from '../award-form';

const KIND_OPTIONS = FINAL_AWARD_ITEM_KINDS.map((k) => ({ value: k.code, label: k.label }));

type Props = { index: number; test: RowTest | null; onRemove: (() => void) | null };

/**
 * One awarded item: its kind for the 终局 test, the amount in 元 (money kinds only), 驳回, the 主文 line and the
 * test's answer with its reason. Changing the kind, amount or 驳回 rewrites the 主文 line from them, so the line
 * never states another amount than the one tested; edit the line last.
 */
export function AwardItemRow({ index, test, onRemove }: Props) {
  const { control, formState, getValues, setValue } = useFormContext<ActionForm>();
  const p = `payload.awardItems.${index}` as const;
  const kind: FinalAwardItemKind | undefined = useWatch({ control, name: `${p}.kind` });
  const dismissed = useWatch({ control, name: `${p}.dismissed` }) ?? false;
  const money = kind !== undefined && isMoneyKind(kind);
  const rewrite = () => {
    const row: AwardRow | undefined = getValues(p);
    if (row !== undefined) setValue(`${p}.text`, rowDefaultText(row), { shouldValidate: false });
  };
  const id = (field: string) => `award-${index}-${field}`;
  const err = (field: string) => errorAt(formState.errors, `${p}.${field}`);

  return (
    <div className="award-item" data-testid={`award-item-${index}`}>
      <Row gutter={12} align="top">
        <Col xs={24} md={8}>
          <Field label={`事项 ${index + 1}`} htmlFor={id('label')} required error={err('label')}>
            <Controller
              control={control}
              name={`${p}.label`}
              render={({ field }) => (
                <Input
                  ref={field.ref}
                  id={id('label')}
                  data-testid={id('label')}
                  value={field.value ?? ''}
                  maxLength={50}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={() => {
                    field.onBlur();
                    rewrite();
                  }}
                />
              )}
            />
          </Field>
        </Col>
        <Col xs={24} md={7}>
          <Field label="事项类型（终局判断）" htmlFor={id('kind')} required error={err('kind')}>
            <Controller
              control={control}
              name={`${p}.kind`}
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  id={id('kind')}
                  data-testid={id('kind')}
                  value={field.value ?? null}
                  onChange={(v: FinalAwardItemKind) => {
                    field.onChange(v);
                    if (!isMoneyKind(v)) setValue(`${p}.amountYuan`, '');
                    rewrite();
                  }}
                  onBlur={field.onBlur}
                  options={KIND_OPTIONS}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              )}
            />
          </Field>
        </Col>
        <Col xs={16} md={6}>
          <Field
            label="裁决金额（元）"
            htmlFor={id('amount')}
            required={money && !dismissed}
            error={err('amountYuan')}
          >
            <Controller
              control={control}
              name={`${p}.amountYuan`}
              render={({ field }) => (
                <Input
                  ref={field.ref}
                  id={id('amount')}
                  data-testid={id('amount')}
                  value={dismissed ? '0' : (field.value ?? '')}
                  disabled={!money || dismissed}
                  placeholder={money ? '如 12000.50' : '不涉及金额'}
                  onChange={(e) => field.onChange(e.target.value)}
                  onBlur={() => {
                    field.onBlur();
                    rewrite();
                  }}
                />
              )}
            />
          </Field>
        </Col>
        <Col xs={8} md={3}>
          <Field label="驳回" htmlFor={id('dismissed')}>
            <Controller
              control={control}
              name={`${p}.dismissed`}
              render={({ field }) => (
                <Checkbox
                  ref={field.ref}
                  id={id('dismissed')}
                  data-testid={id('dismissed')}
                  checked={field.value === true}
                  onChange={(e) => {
                    field.onChange(e.target.checked);
                    rewrite();
                  }}
                >
                  驳回
                </Checkbox>
              )}
            />
          </Field>
        </Col>
      </Row>
      <Field label="裁决主文" htmlFor={id('text')} required error={err('text')}>
        <Controller
          control={control}
          name={`${p}.text`}
          render={({ field }) => (
            <Input.TextArea
              ref={field.ref}
              id={id('text')}
              data-testid={id('text')}
              value={field.value ?? ''}
              maxLength={500}
              autoSize={{ minRows: 1, maxRows: 4 }}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
            />
          )}
        />
      </Field>
      <div className="award-item-test" data-testid={id('test')}>
        {test === null ? null : 'problem' in test ? (
          <Typography.Text type="warning">{test.problem}</Typography.Text>
        ) : (
          <>
            <Tag color={test.final ? 'green' : 'orange'} data-testid={id('final')}>
              {test.final ? '终局' : '非终局'}
            </Tag>
            <Typography.Text type="secondary" data-testid={id('reason')}>
              {test.reason}
            </Typography.Text>
          </>
        )}
        {onRemove !== null && (
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={`删除事项 ${index + 1}`}
            data-testid={id('remove')}
            onClick={onRemove}
          />
        )}
      </div>
    </div>
  );
}
