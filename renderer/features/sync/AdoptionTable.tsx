import { Alert, App, Button, Descriptions, Table, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import { ReasonModal } from '../../components/ReasonModal';
import type { AdoptableMutation } from '../../../shared/contracts/sync.schema';
import { chinaDateTime } from './sync-badge';

/**
 * 待采纳的操作 (directors; sync §2.10): changes made on this office's computers by someone who had lost access
 * (停用 or 调离) by the time they reached the central server. The server refused and kept them; a director may
 * adopt one — it is then done again as the director's own change, with the reason recorded — or leave it.
 */
export function AdoptionTable() {
  const { message } = App.useApp();
  const list = useQuery('sync:adoptable', {});
  const [adopting, setAdopting] = useState<AdoptableMutation | null>(null);
  if (list.error !== undefined)
    return <Alert type="info" showIcon title={errorText(list.error)} className="section-alert" />;
  const adopt = async (m: AdoptableMutation, reason: string): Promise<string | null> => {
    const r = await call('sync:adopt', { clientId: m.clientId, mutationId: m.mutationId, reason });
    list.reload();
    if (!r.ok) return errorText(r.error);
    setAdopting(null);
    void message.success(`已采纳：“${r.value.label}”已作为您的操作办理，将随下次同步上传`);
    return null;
  };
  return (
    <>
      <Table<AdoptableMutation>
        size="small"
        rowKey={(m) => `${m.clientId}:${m.mutationId}`}
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待采纳的操作' }}
        data-testid="sync-adoptable-table"
        columns={[
          { key: 'at', title: '被拒绝时间', width: 150, render: (_, m) => chinaDateTime(m.at) ?? m.at },
          { key: 'author', title: '操作人', width: 100, render: (_, m) => m.authorName ?? m.authorId ?? '—' },
          { key: 'label', title: '操作', width: 180, render: (_, m) => m.label },
          { key: 'reason', title: '拒绝原因', render: (_, m) => m.reason },
          {
            key: 'state',
            title: '处理',
            width: 200,
            render: (_, m) => {
              if (m.adopted !== null)
                return (
                  <Typography.Text type="success">
                    已由{m.adopted.byName ?? m.adopted.by}于 {chinaDateTime(m.adopted.at)} 采纳
                  </Typography.Text>
                );
              if (m.notAdoptable !== null)
                return <Typography.Text type="secondary">{m.notAdoptable}</Typography.Text>;
              return (
                <Button size="small" data-testid="sync-adopt" onClick={() => setAdopting(m)}>
                  采纳
                </Button>
              );
            },
          },
        ]}
      />
      {adopting !== null && (
        <ReasonModal
          title="采纳被拒绝的操作"
          label="采纳理由"
          confirmText="确认采纳"
          testId="sync-adopt-dialog"
          onClose={() => setAdopting(null)}
          onSubmit={(reason) => adopt(adopting, reason)}
        >
          <Descriptions size="small" column={1} className="section-alert">
            <Descriptions.Item label="操作">{adopting.label}</Descriptions.Item>
            <Descriptions.Item label="原操作人">
              {adopting.authorName ?? adopting.authorId ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="拒绝原因">{adopting.reason}</Descriptions.Item>
          </Descriptions>
          <Alert
            type="warning"
            showIcon
            className="section-alert"
            title="采纳后，本操作将以您的名义重新办理，并与原操作一起记入审计记录；每项操作只能采纳一次。"
          />
        </ReasonModal>
      )}
    </>
  );
}
