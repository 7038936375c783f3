import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';

type Field = ConflictView['fields'][number];
export type Choice = 'kept' | 'other' | 'merged';

const when = (at: string | null) => (at === null ? '时间不详' : dayjs(at).format('YYYY-MM-DD HH:mm'));
const sideText = (s: ConflictView['kept']) => `${s.by}，${when(s.at)}，${s.device}`;
const CHOICE_LABEL: Record<Choice, string> = {
  kept: '保留先提交的内容',
  other: '采用后提交的内容',
  merged: '合并',
};

type Props = { conflict: ConflictView; canResolve: boolean; onChoose: (choice: Choice) => void };

/**
 * One conflict as the 冲突处理 screen shows it: both values side by side, each with who recorded it, when on
 * their device and on which computer; the director's three ways out (merge only for narrative text).
 */
export function ConflictCard({ conflict: c, canResolve, onChoose }: Props) {
  const mergeable = c.fields.every((f) => f.mergeable);
  return (
    <Card
      size="small"
      className="form-card conflict-card"
      data-testid={`conflict-${c.id}`}
      title={
        <Space wrap>
          <Typography.Link onClick={() => void navigate(hrefFor.case(c.caseId))}>{c.caseNo}</Typography.Link>
          <span>{c.subject}</span>
          {c.resolved === null ? <Tag color="red">待处理</Tag> : <Tag color="green">已处理</Tag>}
        </Space>
      }
    >
      <Table<Field>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={c.fields}
        columns={[
          { title: '项目', dataIndex: 'label', key: 'label', width: 160 },
          {
            title: `先提交（现保留）：${sideText(c.kept)}`,
            key: 'kept',
            render: (_, f) => <span data-testid={`conflict-kept-${f.field}`}>{f.keptText}</span>,
          },
          {
            title: `后提交（未采用）：${sideText(c.other)}`,
            key: 'other',
            render: (_, f) => <span data-testid={`conflict-other-${f.field}`}>{f.otherText}</span>,
          },
        ]}
      />
      {c.resolved === null ? (
        canResolve ? (
          <Space className="form-actions">
            {(['kept', 'other'] as const).map((choice) => (
              <Button key={choice} onClick={() => onChoose(choice)} data-testid={`conflict-choose-${choice}`}>
                {CHOICE_LABEL[choice]}
              </Button>
            ))}
            {mergeable && (
              <Button onClick={() => onChoose('merged')} data-testid="conflict-choose-merged">
                合并…
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">须由主任处理。</Typography.Text>
        )
      ) : (
        <Descriptions
          size="small"
          column={1}
          data-testid="conflict-resolution"
          items={[
            { key: 'how', label: '处理结果', children: CHOICE_LABEL[c.resolved.choice] },
            { key: 'who', label: '处理人', children: `${c.resolved.by}，${when(c.resolved.at)}` },
            { key: 'why', label: '理由', children: c.resolved.reason },
          ]}
        />
      )}
    </Card>
  );
}

export const choiceLabel = (c: Choice): string => CHOICE_LABEL[c];
