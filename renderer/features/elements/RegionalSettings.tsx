import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Spin, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { blankRegionalRow, issueAt, issueText, paramsToRows, rowsToParams } from './regional-rows';
import type { RegionalRow, RowIssue } from './regional-rows';
import { RegionalParamsTable } from './RegionalParamsTable';
import { MinWageDateRuleCard } from './MinWageDateRuleCard';

/**
 * 设置 › 地区参数: the minimum wage, the city's and the region's average wages, effective-dated, that the claim
 * checks look up (示例 until the committee confirms them). Saved as a whole with `regional:set`.
 */
export function RegionalSettings() {
  const regional = useQuery('regional:get', {});
  const [draft, setDraft] = useState<RegionalRow[] | null>(null);
  const [issues, setIssues] = useState<RowIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const d = regional.data;
  const rows = draft ?? (d === undefined ? [] : paramsToRows(d.params));
  const edit = (next: RegionalRow[]) => {
    setDraft(next);
    setResult(null);
  };

  const save = async () => {
    if (busy || d === undefined) return;
    const { params, issues: local } = rowsToParams(rows);
    if (local.length > 0) {
      setIssues(local);
      return;
    }
    setBusy(true);
    const r = await call('regional:set', { params });
    setBusy(false);
    if (r.ok) {
      setIssues([]);
      setDraft(null);
      setResult(`已保存 ${r.value.count} 项地区参数，各案件的请求核算按新参数计算`);
      regional.reload();
      return;
    }
    const found = validationIssues(r.error);
    setIssues(
      found.length > 0
        ? found.map((i) => issueAt(i.path, i.message))
        : [{ row: -1, column: null, message: errorText(r.error) }],
    );
  };
  useSaveShortcut(() => void save());

  return (
    <div data-testid="regional-settings">
      {regional.error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(regional.error)} />
      )}
      {d === undefined ? (
        regional.loading && <Spin />
      ) : (
        <>
          <Alert
            type={d.custom ? 'info' : 'warning'}
            showIcon
            className="section-alert"
            data-testid="regional-source"
            data-custom={String(d.custom)}
            title={
              d.custom
                ? '正在使用本委员会设置的地区参数'
                : '正在使用系统附带的示例参数，请按本地公布的标准修改并取消“示例”'
            }
          />
          {result !== null && (
            <Alert
              type="success"
              showIcon
              closable
              className="section-alert"
              data-testid="regional-result"
              title={result}
              onClose={() => setResult(null)}
            />
          )}
          {issues.length > 0 && (
            <Alert
              type="error"
              showIcon
              className="section-alert"
              data-testid="regional-error"
              title={issues.length === 1 ? '地区参数未保存' : `地区参数未保存，共 ${issues.length} 处问题`}
              description={
                <ul className="issue-list">
                  {issues.map((i, n) => (
                    <li key={n}>{issueText(i)}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Card size="small" className="form-card" title="地区参数">
            <Typography.Paragraph type="secondary">
              同一地区、同一参数可按生效日期列出多条；核算时取案件收件日期当日有效的一条。
            </Typography.Paragraph>
            <RegionalParamsTable rows={rows} issues={issues} onChange={edit} />
            <div className="el-actions el-editor-actions">
              <Button
                icon={<PlusOutlined />}
                data-testid="regional-add"
                onClick={() => edit([...rows, blankRegionalRow()])}
              >
                添加一行
              </Button>
              <Button type="primary" loading={busy} data-testid="regional-save" onClick={() => void save()}>
                保存（Ctrl+S）
              </Button>
              {draft !== null && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
            </div>
          </Card>
          <MinWageDateRuleCard rule={d.minWageDateRule} onSaved={regional.reload} />
        </>
      )}
    </div>
  );
}
