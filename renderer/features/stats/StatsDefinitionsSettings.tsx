import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { mayPerform, whoMayPerform } from '../../../shared/mutations/may-perform';
import {
  MEASURES,
  RATE_IDS,
  RateDefinitions,
  type Measure,
  type RateDefinitions as Defs,
  type RateId,
} from '../../../shared/stats';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { useSaveShortcut } from '../../components/use-save-shortcut';

const MEASURE_OPTIONS = MEASURES.map((m) => ({ value: m.code, label: m.label }));

/**
 * 设置 › 统计口径: each rate's numerator and denominator (sums of named case sets), its target and the citation
 * shown beside it. Local reports compute the same rate differently, so this is the committee's choice; the
 * defaults are the reference's reconstruction. 主任 and 系统管理员 edit it.
 */
export function StatsDefinitionsSettings({ user }: { user: SessionUser }) {
  const stored = useQuery('statsDefinitions:get', {});
  const editable = mayPerform('settings.set', user.roles);
  const [draft, setDraft] = useState<Defs | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const defs = draft ?? stored.data?.definitions;
  const send = async (next: Defs | null, done: string) => {
    setBusy(true);
    const r = await call('statsDefinitions:set', { definitions: next });
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: errorText(r.error) });
    if (r.ok) {
      setDraft(null);
      stored.reload();
    }
  };
  const save = () => {
    if (busy || draft === null) return;
    const parsed = RateDefinitions.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const rate = draft[issue?.path[0] as RateId] as Defs[RateId] | undefined;
      setMessage({ ok: false, text: `${rate?.label ?? ''}：${issue?.message ?? '口径无效'}` });
      return;
    }
    void send(parsed.data, '已保存统计口径，统计分析即按新口径计算');
  };
  useSaveShortcut(save);
  if (defs === undefined)
    return stored.error !== undefined ? (
      <Alert type="error" showIcon className="section-alert" title={errorText(stored.error)} />
    ) : (
      <Spin />
    );
  const edit = (id: RateId, patch: Partial<Defs[RateId]>) => {
    setMessage(null);
    setDraft({ ...defs, [id]: { ...defs[id], ...patch } });
  };
  const terms = (id: RateId, field: 'numerator' | 'denominator') => (
    <Select<Measure[]>
      mode="multiple"
      style={{ minWidth: 220 }}
      data-testid={`stats-def-${id}-${field}`}
      aria-label={`${defs[id].label}${field === 'numerator' ? '分子' : '分母'}`}
      options={MEASURE_OPTIONS}
      value={defs[id][field]}
      disabled={!editable || busy}
      onChange={(v) => edit(id, { [field]: v })}
    />
  );
  return (
    <div data-testid="stats-definitions-settings">
      <Alert
        type={stored.data?.custom === true ? 'warning' : 'info'}
        showIcon
        className="section-alert"
        title={
          stored.data?.custom === true
            ? '正在使用本委员会设置的统计口径'
            : '正在使用默认统计口径（依据见各项说明）'
        }
        description={editable ? undefined : `只能查看；${whoMayPerform('settings.set', '修改')}`}
      />
      {message !== null && (
        <Alert
          type={message.ok ? 'success' : 'error'}
          showIcon
          className="section-alert"
          title={message.text}
          data-testid="stats-definitions-result"
        />
      )}
      <Card size="small" className="form-card" title="统计口径">
        <Typography.Paragraph type="secondary">
          分子、分母各为所选案件集合的并集；比率 = 分子件数 ÷ 分母件数。目标为百分数，留空表示不设目标。
        </Typography.Paragraph>
        <Table<{ id: RateId }>
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={RATE_IDS.map((id) => ({ id }))}
          columns={[
            {
              key: 'label',
              title: '名称',
              width: 140,
              render: (_, { id }) => (
                <Input
                  value={defs[id].label}
                  disabled={!editable || busy}
                  onChange={(e) => edit(id, { label: e.target.value })}
                />
              ),
            },
            { key: 'num', title: '分子', render: (_, { id }) => terms(id, 'numerator') },
            { key: 'den', title: '分母', render: (_, { id }) => terms(id, 'denominator') },
            {
              key: 'target',
              title: '目标（%）',
              width: 100,
              render: (_, { id }) => (
                <InputNumber
                  min={0}
                  max={100}
                  value={defs[id].target}
                  disabled={!editable || busy}
                  id={`stats-def-${id}-target`}
                  data-testid={`stats-def-${id}-target`}
                  onChange={(v) => edit(id, { target: v ?? null })}
                />
              ),
            },
            {
              key: 'citation',
              title: '口径说明（显示在统计分析中）',
              render: (_, { id }) => (
                <Input.TextArea
                  autoSize
                  value={defs[id].citation}
                  disabled={!editable || busy}
                  onChange={(e) => edit(id, { citation: e.target.value })}
                />
              ),
            },
          ]}
        />
        {editable && (
          <Space className="el-actions">
            <Button
              type="primary"
              onClick={save}
              disabled={draft === null}
              loading={busy}
              data-testid="stats-definitions-save"
            >
              保存（Ctrl+S）
            </Button>
            <Popconfirm
              title="恢复默认统计口径？"
              okText="恢复"
              cancelText="取消"
              onConfirm={() => void send(null, '已恢复默认统计口径')}
            >
              <Button disabled={busy || stored.data?.custom !== true}>恢复默认</Button>
            </Popconfirm>
          </Space>
        )}
      </Card>
    </div>
  );
}
