import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { errorText } from '../../api/errors';
import { rowProps } from '../../components/row-props';
import { hrefFor } from '../../router/hash-route';
import type { Out } from '../../../shared/contracts/ipc';
import type { AppError } from '../../../shared/result';

export type HearingRow = Out<'documents:hearings'>[number];
export type DateRange = { from: string; to: string };

type Props = {
  range: DateRange;
  onRange: (range: DateRange) => void;
  onQuery: () => void;
  rows: readonly HearingRow[] | undefined;
  loading: boolean;
  error: AppError | undefined;
  selected: readonly string[];
  onSelect: (caseIds: string[]) => void;
};

const columns: TableColumnsType<HearingRow> = [
  { key: 'date', title: '开庭日期', dataIndex: 'hearingDate', width: 110 },
  {
    key: 'caseNo',
    title: '案号',
    render: (_, r) => <a href={hrefFor.case(r.caseId)}>{r.caseNo}</a>,
  },
  { key: 'applicants', title: '申请人', dataIndex: 'applicants' },
  { key: 'respondents', title: '被申请人', dataIndex: 'respondents' },
];

/** 第一步: cases with a hearing in the chosen 开庭日期 range (default next Tuesday), ticked one by one or all. */
export function HearingCasePicker(p: Props) {
  return (
    <div data-testid="batch-step-cases">
      <div className="batch-range">
        <label htmlFor="batch-from">开庭日期</label>
        <DatePicker.RangePicker
          id={{ start: 'batch-from', end: 'batch-to' }}
          data-testid="batch-range"
          format="YYYY-MM-DD"
          allowClear={false}
          value={[dayjs(p.range.from), dayjs(p.range.to)]}
          onChange={(v) => {
            const [from, to] = v ?? [];
            if (from && to) p.onRange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
        <Button icon={<SearchOutlined />} onClick={p.onQuery} data-testid="batch-hearings">
          查询
        </Button>
        {p.rows !== undefined && (
          <Typography.Text type="secondary" data-testid="batch-case-count">
            共 {p.rows.length} 件，已选 {p.selected.length} 件
          </Typography.Text>
        )}
      </div>
      {p.error !== undefined && (
        <Alert type="error" showIcon className="section-alert" title={errorText(p.error)} />
      )}
      <Table<HearingRow>
        data-testid="batch-cases"
        size="small"
        rowKey="caseId"
        loading={p.loading}
        columns={columns}
        dataSource={[...(p.rows ?? [])]}
        pagination={false}
        locale={{ emptyText: '所选日期内没有开庭的案件' }}
        rowSelection={{
          selectedRowKeys: [...p.selected],
          onChange: (keys) => p.onSelect(keys.map(String)),
          getCheckboxProps: (r) => ({ 'aria-label': `选择 ${r.caseNo}` }),
        }}
        onRow={(r) => rowProps('batch-case-row', { 'data-case-id': r.caseId })}
      />
    </div>
  );
}
