import { Alert, Card, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { canEditRules, ruleRows, rulesJson } from './rules-display';
import { RulesEditor } from './RulesEditor';
import { RulesTable } from './RulesTable';

/**
 * 设置 › 期限规则: whether the committee uses the shipped defaults or its own set, the rules as a table, and —
 * for the 主任 and the administrator — the JSON editor. Saving recomputes every case's deadlines.
 */
export function RulesSettings({ user }: { user: SessionUser }) {
  const rules = useQuery('deadlineRules:get', {});
  const d = rules.data;
  const rows = useMemo(() => ruleRows(d?.rules), [d]);
  /** The editor's text while it differs from what is stored; null = show the stored rules. */
  const [draft, setDraft] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const editable = canEditRules(user.roles);

  const done = (message: string) => {
    setResult(message);
    setDraft(null);
    rules.reload();
  };

  return (
    <div data-testid="rules-settings">
      {rules.error !== undefined && (
        <Alert type="error" showIcon title={errorText(rules.error)} className="section-alert" />
      )}
      {d === undefined ? (
        rules.loading && <Spin />
      ) : (
        <>
          <Alert
            type={d.custom ? 'warning' : 'info'}
            showIcon
            className="section-alert"
            data-testid="rules-source"
            data-custom={String(d.custom)}
            title={d.custom ? '本委员会正在使用自定义的期限规则' : '正在使用系统内置的默认期限规则'}
            description={
              d.custom
                ? '各案件的法定期限按下列自定义规则计算；可随时恢复默认规则。'
                : '默认规则依据《劳动争议调解仲裁法》《劳动人事争议仲裁办案规则》等编制，其中标注待核实的部分可由本委员会调整。'
            }
          />
          {result !== null && (
            <Alert
              type="success"
              showIcon
              closable
              className="section-alert"
              data-testid="rules-result"
              title={result}
              onClose={() => setResult(null)}
            />
          )}
          <Card size="small" title={`期限规则（${rows.length} 条）`} className="form-card">
            <RulesTable rows={rows} loading={rules.loading} />
          </Card>
          {editable ? (
            <Card size="small" title="修改期限规则" className="form-card">
              <RulesEditor
                text={draft ?? rulesJson(d.rules)}
                onTextChange={(t) => {
                  setDraft(t);
                  setResult(null);
                }}
                custom={d.custom}
                onDone={done}
              />
            </Card>
          ) : (
            <Alert
              type="info"
              showIcon
              className="section-alert"
              data-testid="rules-readonly"
              title="仅主任或系统管理员可以修改期限规则"
            />
          )}
        </>
      )}
    </div>
  );
}
