import { Alert, Button, Input, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { parseTemplateJson } from './template-list';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  /** After a successful save, with the sentence to show. */
  onSaved: (message: string) => void;
};

/**
 * A 要素表 template as JSON: a new template (new id) or a new version of one (a higher version number). Main
 * validates it and names the group and element of each problem; older versions stay for the cases filled with them.
 */
export function TemplateJsonEditor({ text, onTextChange, onSaved }: Props) {
  const [issues, setIssues] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    const parsed = parseTemplateJson(text);
    if (!parsed.ok) {
      setIssues([parsed.message]);
      return;
    }
    setBusy(true);
    const r = await call('elements:saveTemplate', { template: parsed.value });
    setBusy(false);
    if (r.ok) {
      setIssues([]);
      onSaved(
        `已保存要素表模板 ${r.value.id} 第 ${r.value.version} 版；新案件按新版本填写，已填写的案件保留原版本`,
      );
      return;
    }
    const found = validationIssues(r.error);
    setIssues(found.length > 0 ? found.map((i) => i.message) : [errorText(r.error)]);
  };
  useSaveShortcut(() => void save());

  return (
    <div data-testid="elements-template-editor">
      <Typography.Paragraph type="secondary">
        字段含义见安装目录
        resources/elements/README.md。新模板请使用新的编号（id）；修改已有模板请提高版本号（version）。
      </Typography.Paragraph>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="section-alert"
          data-testid="elements-template-error"
          title={issues.length === 1 ? '模板未保存' : `模板未保存，共 ${issues.length} 处问题`}
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
        id="elements-template-json"
        data-testid="elements-template-json"
        aria-label="要素表模板（JSON）"
        className="rules-json"
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setIssues([]);
        }}
        autoSize={{ minRows: 12, maxRows: 30 }}
        spellCheck={false}
        placeholder='{ "id": "…", "version": 1, "title": "…", "claimTypes": […], "groups": […] }'
      />
      <div className="el-actions el-editor-actions">
        <Button
          type="primary"
          loading={busy}
          data-testid="elements-template-save"
          onClick={() => void save()}
        >
          校验并保存（Ctrl+S）
        </Button>
      </div>
    </div>
  );
}
