import { Table, type TableColumnsType } from 'antd';
import type { ServiceView } from '../../../shared/contracts/procedure.schema';
import { partyRoleLabel } from '../../../shared/domain/reference-data';
import { rowProps } from '../../components/row-props';
import { documentLabel, methodLabel } from './service-display';

const COLUMNS: TableColumnsType<ServiceView> = [
  { title: '文书', key: 'document', render: (_, s) => documentLabel(s.document) },
  {
    title: '受送达人',
    key: 'addressee',
    render: (_, s) => `${s.addressee}（${partyRoleLabel(s.addresseeRole)}）`,
  },
  { title: '方式', key: 'method', width: 100, render: (_, s) => methodLabel(s.method) },
  { title: '发出日期', dataIndex: 'sentOn', key: 'sentOn', width: 110 },
  {
    title: '送达/视为送达日期',
    key: 'effectiveOn',
    width: 190,
    render: (_, s) =>
      s.method === 'public_notice'
        ? `${s.effectiveOn}（公告于 ${s.publishedOn ?? '—'}）`
        : (s.servedOn ?? s.effectiveOn),
  },
  { title: '凭证', key: 'evidence', render: (_, s) => s.evidence ?? '' },
];

/** 送达记录: every document served, to whom, how, and the day it took effect. */
export function ServiceTable({ services }: { services: readonly ServiceView[] }) {
  return (
    <Table<ServiceView>
      size="small"
      rowKey="eventId"
      pagination={false}
      columns={COLUMNS}
      dataSource={[...services]}
      locale={{ emptyText: '暂无送达记录' }}
      data-testid="case-services"
      onRow={() => rowProps('service-row')}
    />
  );
}
