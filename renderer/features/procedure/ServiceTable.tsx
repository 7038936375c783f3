import { Button, Table, Tooltip, type TableColumnsType } from 'antd';
import type { ServiceView } from '../../../shared/contracts/procedure.schema';
import type { AttachmentRef } from '../../../shared/domain/attachment.schema';
import { partyRoleLabel } from '../../../shared/domain/reference-data';
import { rowProps } from '../../components/row-props';
import type { VoidAction } from '../../components/void-action';
import { EvidenceDownload } from './EvidenceDownload';
import { documentLabel, methodLabel } from './service-display';

/**
 * A service record as listed. `evidenceFile` (the uploaded 送达凭证) is read when cases:procedure provides it;
 * ServiceView does not carry it yet, so the link appears once main adds it to the view.
 */
type ServiceRow = ServiceView & { evidenceFile?: AttachmentRef | null | undefined };

const COLUMNS: TableColumnsType<ServiceRow> = [
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
  {
    title: '凭证',
    key: 'evidence',
    render: (_, s) => (
      <>
        {s.evidence ?? ''}
        {s.evidenceFile !== undefined && s.evidenceFile !== null && (
          <EvidenceDownload file={s.evidenceFile} />
        )}
      </>
    ),
  },
];

/** The 作废 column: a record entered by mistake is voided with a reason (main re-checks the later steps). */
const voidColumn = (action: VoidAction): TableColumnsType<ServiceRow>[number] => ({
  title: '',
  key: 'void',
  width: 70,
  render: (_, s) => (
    <Tooltip title={action.allowed ? '登记有误时作废此送达记录（保留原记录）' : action.reason}>
      <Button
        type="link"
        size="small"
        danger
        disabled={!action.allowed}
        data-testid="service-void"
        onClick={() => action.onVoid(s.eventId, `送达：${documentLabel(s.document)}（${s.addressee}）`)}
      >
        作废
      </Button>
    </Tooltip>
  ),
});

/** 送达记录: every document served, to whom, how, and the day it took effect; voided ones no longer appear. */
export function ServiceTable({
  services,
  voidAction,
}: {
  services: readonly ServiceRow[];
  voidAction?: VoidAction;
}) {
  return (
    <Table<ServiceRow>
      size="small"
      rowKey="eventId"
      pagination={false}
      columns={voidAction === undefined ? COLUMNS : [...COLUMNS, voidColumn(voidAction)]}
      dataSource={[...services]}
      locale={{ emptyText: '暂无送达记录' }}
      data-testid="case-services"
      onRow={() => rowProps('service-row')}
    />
  );
}
