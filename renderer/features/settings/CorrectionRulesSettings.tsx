import { Alert, Button, Card, Checkbox, Popconfirm, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  CORRECTION_KINDS,
  CORRECTORS,
  type CorrectionKind,
  type CorrectionRules,
  type Corrector,
} from '../../../shared/domain/case/correction-rules';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { mayPerform, whoMayPerform } from '../../../shared/mutations/may-perform';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { useSaveShortcut } from '../../components/use-save-shortcut';

/**
 * 设置 › 更正权限: who may correct a case's facts, void a case, restore one, or void a procedural record (issue 10:
 * "who may correct what is a rule"). Each kind needs at least one kind of person; main checks the same rule inside
 * every correction, so this page only chooses it. 主任 and 系统管理员 edit it; everyone else reads it.
 */
export function CorrectionRulesSettings({ user }: { user: SessionUser }) {
  const stored = useQuery('correctionRules:get', {});
  const editable = mayPerform('settings.set', user.roles);
  const [draft, setDraft] = useState<CorrectionRules | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const d = stored.data;
  const rules = draft ?? d?.rules;
  const empty = rules === undefined ? [] : CORRECTION_KINDS.filter((k) => rules[k.code].length === 0);

  const send = async (next: CorrectionRules | null, done: string) => {
    setBusy(true);
    const r = await call('correctionRules:set', { rules: next });
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: errorText(r.error) });
    if (r.ok) {
      setDraft(null);
      stored.reload();
    }
  };
  const save = () => {
    if (busy || draft === null || empty.length > 0) return;
    void send(draft, '已保存更正权限，自下一次更正起适用');
  };
  useSaveShortcut(save);

  if (d === undefined || rules === undefined)
    return stored.error !== undefined ? (
      <Alert type="error" showIcon className="section-alert" title={errorText(stored.error)} />
    ) : (
      <Spin />
    );

  const toggle = (kind: CorrectionKind, who: Corrector, on: boolean) => {
    setMessage(null);
    const current = rules[kind];
    setDraft({ ...rules, [kind]: on ? [...current, who] : current.filter((w) => w !== who) });
  };
  const columns = [
    { title: '事项', dataIndex: 'label', key: 'label', width: 180 },
    ...CORRECTORS.map((c) => ({
      title: c.label,
      key: c.code,
      render: (_: unknown, row: { code: CorrectionKind }) => (
        <Checkbox
          data-testid={`correction-rule-${row.code}-${c.code}`}
          aria-label={`${CORRECTION_KINDS.find((k) => k.code === row.code)?.label ?? row.code}：${c.label}`}
          checked={rules[row.code].includes(c.code)}
          disabled={!editable || busy}
          onChange={(e) => toggle(row.code, c.code, e.target.checked)}
        />
      ),
    })),
  ];

  return (
    <div data-testid="correction-rules-settings">
      <Alert
        type={d.custom ? 'warning' : 'info'}
        showIcon
        className="section-alert"
        title={
          d.custom
            ? '正在使用本委员会设置的更正权限'
            : '正在使用默认更正权限：A角和主任可以更正、作废；只有主任可以恢复'
        }
        description={editable ? undefined : `只能查看；${whoMayPerform('settings.set', '修改')}`}
      />
      {message !== null && (
        <Alert
          type={message.ok ? 'success' : 'error'}
          showIcon
          className="section-alert"
          data-testid="correction-rules-result"
          title={message.text}
        />
      )}
      {empty.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="section-alert"
          data-testid="correction-rules-error"
          title={`${empty.map((k) => `“${k.label}”`).join('、')}至少要指定一类人员`}
        />
      )}
      <Card size="small" className="form-card" title="更正权限">
        <Typography.Paragraph type="secondary">
          每次更正、作废或恢复都在保存时按此规则核对办理人；被拒绝时会说明谁可以办理。
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="code"
          columns={columns}
          dataSource={CORRECTION_KINDS.map((k) => ({ code: k.code, label: k.label }))}
        />
        {editable && (
          <Space className="el-actions">
            <Button
              type="primary"
              data-testid="correction-rules-save"
              loading={busy}
              disabled={draft === null || empty.length > 0}
              onClick={save}
            >
              保存（Ctrl+S）
            </Button>
            {d.custom && (
              <Popconfirm
                title="恢复默认更正权限？"
                description="A角和主任可以更正、作废；只有主任可以恢复。"
                okText="恢复默认"
                cancelText="取消"
                onConfirm={() => void send(null, '已恢复默认更正权限')}
              >
                <Button data-testid="correction-rules-reset" disabled={busy}>
                  恢复默认
                </Button>
              </Popconfirm>
            )}
            {draft !== null && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
          </Space>
        )}
      </Card>
    </div>
  );
}
