import { Alert, Button, Card, Input, Popconfirm, Space, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { mayPerform, whoMayPerform } from '../../../shared/mutations/may-perform';
import { call } from '../../api/client';
import { errorText, validationIssues } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { SynonymTryBox } from './SynonymTryBox';
import { rowsFromSynonyms, synonymRowErrors, synonymsFromRows, type SynonymRow } from './synonym-rows';

/**
 * 设置 › 常用说法: the words that find each 请求类型 / 案由 in the registration form (拖欠工资 → 追索劳动报酬). The 主任
 * and the administrator edit them (checked again in main; settings.set), everyone else reads them; 恢复默认 brings
 * back the shipped table (resources/claim-synonyms/default.json). A try box shows what a word finds.
 */
export function ClaimSynonymsSettings({ user }: { user: SessionUser }) {
  const table = useQuery('claimSynonyms:get', {});
  const d = table.data;
  const editable = mayPerform('settings.set', user.roles);
  /** Rows being edited; null = show what is stored. */
  const [draft, setDraft] = useState<SynonymRow[] | null>(null);
  const [serverIssues, setServerIssues] = useState<string[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => draft ?? rowsFromSynonyms(d?.synonyms ?? {}), [draft, d]);
  const errors = useMemo(() => synonymRowErrors(rows), [rows]);

  const send = async (synonyms: unknown, message: string) => {
    setBusy(true);
    const r = await call('claimSynonyms:set', { synonyms });
    setBusy(false);
    if (!r.ok) {
      const found = validationIssues(r.error);
      setServerIssues(found.length > 0 ? found.map((i) => i.message) : [errorText(r.error)]);
      return;
    }
    setServerIssues([]);
    setDraft(null);
    setResult(message);
    table.reload();
  };
  const save = () => {
    if (busy || errors.size > 0) return;
    void send(synonymsFromRows(rows), '已保存常用说法');
  };
  const edit = (code: string, text: string) => {
    setResult(null);
    setDraft(rows.map((r) => (r.code === code ? { ...r, text } : r)));
  };

  if (d === undefined)
    return table.error !== undefined ? (
      <Alert type="error" showIcon title={errorText(table.error)} className="section-alert" />
    ) : (
      <Spin />
    );
  return (
    <div data-testid="synonyms-settings">
      <Alert
        type={d.custom ? 'warning' : 'info'}
        showIcon
        className="section-alert"
        data-testid="synonyms-source"
        data-custom={String(d.custom)}
        title={d.custom ? '本委员会正在使用自定义的常用说法' : '正在使用系统内置的常用说法'}
        description="登记案件时，在“请求类型”“案由”中输入这些说法即可找到对应类型，如输入“欠薪”找到“追索劳动报酬”。案件中保存的是类型本身，修改说法不影响已登记的案件。"
      />
      {result !== null && (
        <Alert
          type="success"
          showIcon
          closable
          className="section-alert"
          title={result}
          data-testid="synonyms-result"
        />
      )}
      {serverIssues.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="section-alert"
          data-testid="synonyms-error"
          title="常用说法未保存"
          description={
            <ul className="issue-list">
              {serverIssues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small" title="各请求类型的常用说法" className="form-card">
        {editable && (
          <Typography.Paragraph type="secondary">
            多个说法用顿号“、”或逗号分隔；每个不超过 20 个字符，同一类型内不重复。
          </Typography.Paragraph>
        )}
        <Table<SynonymRow>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={rows}
          data-testid="synonyms-table"
          columns={[
            { title: '请求类型', dataIndex: 'label', key: 'label', width: 220 },
            {
              title: '常用说法',
              key: 'text',
              render: (_, r) => {
                const rowErrors = errors.get(r.code);
                return editable ? (
                  <>
                    <Input
                      aria-label={`${r.label}的常用说法`}
                      data-testid={`synonyms-${r.code}`}
                      value={r.text}
                      status={rowErrors === undefined ? '' : 'error'}
                      onChange={(e) => edit(r.code, e.target.value)}
                      onPressEnter={save}
                    />
                    {rowErrors?.map((m) => (
                      <Typography.Text
                        key={m}
                        type="danger"
                        className="field-error"
                        data-testid={`synonyms-${r.code}-error`}
                      >
                        {m}
                      </Typography.Text>
                    ))}
                  </>
                ) : (
                  r.text || <Typography.Text type="secondary">（无）</Typography.Text>
                );
              },
            },
          ]}
        />
        {editable ? (
          <Space className="rules-actions">
            <Button
              type="primary"
              loading={busy}
              disabled={errors.size > 0}
              data-testid="synonyms-save"
              onClick={save}
            >
              校验并保存
            </Button>
            <Popconfirm
              title="恢复系统内置的常用说法？本委员会修改过的说法将被替换。"
              okText="恢复默认"
              cancelText="取消"
              onConfirm={() => void send(null, '已恢复系统内置的常用说法')}
            >
              <Button danger disabled={!d.custom || busy} data-testid="synonyms-reset">
                恢复默认
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Alert
            type="info"
            showIcon
            className="section-alert"
            data-testid="synonyms-readonly"
            title={`修改常用说法${whoMayPerform('settings.set')}`}
          />
        )}
      </Card>
      <SynonymTryBox synonyms={synonymsFromRows(rows)} />
    </div>
  );
}
