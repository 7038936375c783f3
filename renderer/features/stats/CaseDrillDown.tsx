import { Modal, Table } from 'antd';
import type { StatsCaseView } from '../../../shared/contracts/stats.schema';
import { caseOutcomeLabel } from '../../../shared/procedure/outcomes';
import { hrefFor } from '../../router/hash-route';
import { rowProps } from '../../components/row-props';
import type { Drill } from './drill';

type Row = StatsCaseView & { id: string };

/** The cases behind one figure; each case number opens the case. */
export function CaseDrillDown(props: {
  drill: Drill | null;
  cases: Readonly<Record<string, StatsCaseView>>;
  onClose: () => void;
}) {
  const { drill, cases, onClose } = props;
  const rows: Row[] = (drill?.caseIds ?? []).flatMap((id) => {
    const c = cases[id];
    return c === undefined ? [] : [{ ...c, id }];
  });
  rows.sort((a, b) => a.caseNo.localeCompare(b.caseNo, 'zh-Hans-CN'));
  return (
    <Modal
      open={drill !== null}
      title={drill === null ? '' : `${drill.title}（${rows.length} 件）`}
      onCancel={onClose}
      footer={null}
      width={960}
      destroyOnHidden
    >
      <Table<Row>
        data-testid="drill-cases"
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => rowProps('drill-row', { 'data-id': r.id })}
        columns={[
          { key: 'caseNo', title: '案号', render: (_, r) => <a href={hrefFor.case(r.id)}>{r.caseNo}</a> },
          { key: 'kind', title: '类型', render: (_, r) => (r.kind === 'mediation' ? '调解' : '仲裁') },
          { key: 'office', title: '办案机构', dataIndex: 'officeName' },
          { key: 'handler', title: '承办人', render: (_, r) => r.handlerName ?? '—' },
          { key: 'accepted', title: '受理日期', render: (_, r) => r.acceptedDate ?? '—' },
          { key: 'closed', title: '结案日期', render: (_, r) => r.closedDate ?? '—' },
          {
            key: 'outcome',
            title: '结案方式',
            render: (_, r) => (r.outcome === null ? '—' : caseOutcomeLabel(r.outcome)),
          },
        ]}
      />
    </Modal>
  );
}
