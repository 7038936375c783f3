import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { errorText } from '../../../api/errors';
import { useQuery } from '../../../api/use-query';
import { errorAt } from '../../../components/form-errors';
import { hrefFor } from '../../../router/hash-route';
import { formatFen } from '../../../../shared/format/money';
import {
  DEFAULT_MIN_WAGE_DATE_RULE,
  minWageDate,
  minWageDateRuleLabel,
  minWageOn,
  missingMinWageMessage,
} from '../../../../shared/procedure/award-test';
import type { ActionContext, ActionForm } from '../action-form-types';
import { blankAwardRow, rowsOutcome, rowTest, type AwardRow } from '../award-form';
import { AwardItemRow } from './AwardItemRow';
import { PayloadCheckbox } from './PayloadCheckbox';
import { PayloadText } from './PayloadText';
import '../award.css';

const OUTCOME_TEXT = {
  final:
    '全部事项为终局裁决事项：制作一份终局裁决书（劳动者可于十五日内起诉；用人单位可于三十日内向中级人民法院申请撤销）。',
  non_final: '全部事项为非终局裁决事项：制作一份非终局裁决书（当事人可于十五日内起诉）。',
  mixed:
    '部分终局裁决：终局事项与非终局事项将分别制作两份裁决书——之一（终局裁决事项）和之二（非终局裁决事项），各自载明救济途径（《劳动人事争议仲裁办案规则》第五十条）。',
} as const;

/**
 * 作出裁决 (reference §3.4; law art 47; 解释一 第十九条): per item its kind and amount, the 终局 test's answer and
 * reason live against 12 × the minimum wage in force on the award date (with its region and effective date), the
 * overall outcome, and the tribunal's explicit confirmation. Main runs the same test again and refuses a
 * disagreement, so this form only shows what the law gives.
 */
export function AwardFields({ dates }: { dates: ActionContext['dates'] }) {
  const { control, formState, setValue } = useFormContext<ActionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'payload.awardItems' });
  const rows: AwardRow[] = useWatch({ control, name: 'payload.awardItems' }) ?? [];
  const occurredOn = useWatch({ control, name: 'occurredOn' });
  const regional = useQuery('regional:get', {});

  // The committee's date rule (设置 › 地区参数), the same one main applies when it re-runs the test.
  const rule = regional.data?.minWageDateRule ?? DEFAULT_MIN_WAGE_DATE_RULE;
  const on = minWageDate(rule, { awardOn: occurredOn, ...dates });
  const minWage = useMemo(
    () => (regional.data === undefined ? undefined : (minWageOn(regional.data.params, on) ?? undefined)),
    [regional.data, on],
  );
  useEffect(() => {
    setValue('payload.minWage', minWage);
  }, [minWage, setValue]);

  const tests = rows.map((r) => (minWage === undefined ? null : rowTest(r, minWage.amountFen)));
  const outcome = rowsOutcome(tests.filter((t) => t !== null));
  const listError = errorAt(formState.errors, 'payload.awardItems');

  return (
    <div className="award-fields" data-testid="award-fields">
      {regional.error !== undefined && <Alert type="error" showIcon title={errorText(regional.error)} />}
      {regional.data !== undefined && minWage === undefined && (
        <Alert
          type="error"
          showIcon
          data-testid="award-min-wage-missing"
          title={missingMinWageMessage(on)}
          description={<a href={hrefFor.regionalSettings}>前往 设置 › 地区参数</a>}
        />
      )}
      {minWage !== undefined && (
        <Typography.Paragraph data-testid="award-threshold">
          终局裁决限额 = 12 × {formatFen(minWage.amountFen)} 元 = {formatFen(12 * minWage.amountFen)} 元（
          {minWage.region}月最低工资标准，{minWage.effectiveFrom} 起施行；按{minWageDateRuleLabel(rule)}
          适用的标准）
        </Typography.Paragraph>
      )}
      {fields.map((f, i) => (
        <AwardItemRow
          key={f.id}
          index={i}
          test={tests[i] ?? null}
          onRemove={fields.length > 1 ? () => remove(i) : null}
        />
      ))}
      {listError !== undefined && <Typography.Text type="danger">{listError}</Typography.Text>}
      <Button
        icon={<PlusOutlined />}
        onClick={() => append(blankAwardRow())}
        data-testid="award-add-item"
        className="award-add"
      >
        增加裁决事项
      </Button>
      {outcome !== null && (
        <Alert
          type={outcome === 'mixed' ? 'warning' : 'info'}
          showIcon
          data-testid="award-outcome"
          data-outcome={outcome}
          title={OUTCOME_TEXT[outcome]}
          className="section-alert"
        />
      )}
      <PayloadText
        name="summary"
        label="裁决结果摘要（办案记录用）"
        testId="action-summary"
        required
        multiline
        maxLength={2000}
      />
      <PayloadCheckbox
        name="confirmed"
        label="仲裁庭确认"
        text="仲裁庭已逐项核对上述终局/非终局判断及其理由，确认无误"
        testId="action-confirmed"
      />
      {errorAt(formState.errors, 'payload.minWage') !== undefined && minWage === undefined && (
        <Typography.Text type="danger">{errorAt(formState.errors, 'payload.minWage')}</Typography.Text>
      )}
    </div>
  );
}
