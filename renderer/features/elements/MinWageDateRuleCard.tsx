import { Alert, Card, Select, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import {
  MIN_WAGE_DATE_RULES,
  minWageDateRuleLabel,
  type MinWageDateRule,
} from '../../../shared/procedure/award-test';

const OPTIONS = MIN_WAGE_DATE_RULES.map((r) => ({ value: r.code, label: r.label }));

/**
 * Which day's 月最低工资标准 the 终局 test applies (law art 47 names no date; the reference marks the rule as local,
 * so it is the committee's choice). Saved on change; the 作出裁决 form and main's re-check both read it.
 */
export function MinWageDateRuleCard({ rule, onSaved }: { rule: MinWageDateRule; onSaved: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const change = async (next: MinWageDateRule) => {
    setBusy(true);
    const r = await call('regional:setMinWageDateRule', { rule: next });
    setBusy(false);
    setMessage(
      r.ok
        ? { ok: true, text: `已保存：终局判断按${minWageDateRuleLabel(next)}适用的月最低工资标准` }
        : { ok: false, text: errorText(r.error) },
    );
    if (r.ok) onSaved();
  };
  return (
    <Card size="small" className="form-card" title="终局裁决判断" data-testid="min-wage-date-rule">
      <Typography.Paragraph type="secondary">
        《劳动争议调解仲裁法》第四十七条的“当地月最低工资标准十二个月金额”采用哪一日施行的标准，各地做法不一，请按本地规定选择。
      </Typography.Paragraph>
      <label htmlFor="min-wage-date-rule-select">采用以下日期适用的月最低工资标准：</label>{' '}
      <Select
        id="min-wage-date-rule-select"
        data-testid="min-wage-date-rule-select"
        style={{ minWidth: 200 }}
        value={rule}
        options={OPTIONS}
        loading={busy}
        disabled={busy}
        onChange={(v) => void change(v)}
      />
      {message !== null && (
        <Alert
          type={message.ok ? 'success' : 'error'}
          showIcon
          className="section-alert"
          data-testid="min-wage-date-rule-result"
          title={message.text}
        />
      )}
    </Card>
  );
}
