import { Alert, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { parseRulesJson } from './rules-display';
import { ResetRulesButton } from './ResetRulesButton';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  custom: boolean;
  /** After a successful save or reset, with the sentence to show. */
  onDone: (message: string) => void;
};

/**
 * The rule set as JSON for the 主任 or administrator: 校验并保存 (Ctrl+S) sends it to main, which validates it
 * with the rule schema and answers with Chinese messages naming the rule and the field; 恢复默认规则 drops it.
 */
export function RulesEditor({ text, onTextChange, custom, onDone }: Props) {
  const [issues, setIssues] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const send = async (rules: unknown, done: (recomputed: number) => string) => {
    setBusy(true);
    const r = await call('deadlineRules:set', { rules });
    setBusy(false);
    if (r.ok) {
      setIssues([]);
      onDone(done(r.value.recomputed));
      return;
    }
    const found = validationIssues(r.error);
    setIssues(found.length > 0 ? found.map((i) => i.message) : [errorText(r.error)]);
  };

  const save = () => {
    if (busy) return;
    const parsed = parseRulesJson(text);
    if (!parsed.ok) {
      setIssues([parsed.message]);
      return;
    }
    void send(parsed.value, (n) => `已保存期限规则，重新计算了 ${n} 件案件的期限`);
  };
  useSaveShortcut(save);

  return (
    <div data-testid="rules-editor">
      <Typography.Paragraph type="secondary">
        每条规则的字段含义见安装目录
        resources/deadline-rules/README.md。保存前会逐条校验；有错误时不会保存，原规则继续有效。
      </Typography.Paragraph>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="section-alert"
          data-testid="rules-error"
          title={issues.length === 1 ? '期限规则未保存' : `期限规则未保存，共 ${issues.length} 处问题`}
          description={
            <ul className="issue-list">
              {issues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Input.TextArea
        id="rules-json"
        data-testid="rules-json"
        aria-label="期限规则（JSON）"
        className="rules-json"
        value={text}
        onChange={(e) => onTextChange(e.target.value)}
        autoSize={{ minRows: 12, maxRows: 30 }}
        spellCheck={false}
      />
      <div className="rules-actions">
        <Button type="primary" loading={busy} data-testid="rules-save" onClick={save}>
          校验并保存（Ctrl+S）
        </Button>
        <ResetRulesButton
          custom={custom}
          busy={busy}
          onConfirm={() => send(null, (n) => `已恢复默认期限规则，重新计算了 ${n} 件案件的期限`)}
        />
      </div>
    </div>
  );
}
