import { Table, Tag, type TableColumnsType } from 'antd';
import type { CandidateLoad } from '../../../shared/assignment';
import { rowProps } from '../../components/row-props';
import { loadText } from './assignment-display';

type Props = { title: string; rows: readonly CandidateLoad[]; chosen: string; testId: string };

/** Eligible candidates for one slot, least loaded first, the proposed one tagged. */
export function AlternativesTable({ title, rows, chosen, testId }: Props) {
  const columns: TableColumnsType<CandidateLoad> = [
    {
      title,
      key: 'name',
      render: (_, r) => (
        <>
          {r.name}
          {r.staffId === chosen && (
            <Tag color="blue" className="assignment-chosen">
              建议
            </Tag>
          )}
        </>
      ),
    },
    { title: '在办加权', key: 'weighted', width: 100, render: (_, r) => loadText(r.weighted) },
    { title: '承办（A角）', dataIndex: 'asA', key: 'asA', width: 100 },
    { title: '协办（B角）', dataIndex: 'asB', key: 'asB', width: 100 },
  ];
  return (
    <Table<CandidateLoad>
      size="small"
      rowKey="staffId"
      pagination={false}
      columns={columns}
      dataSource={[...rows]}
      data-testid={testId}
      onRow={(r) => rowProps('assignment-candidate', { 'data-staff-id': r.staffId })}
      locale={{ emptyText: '没有符合条件的人选' }}
    />
  );
}
