import { Tag } from 'antd';
import type { VirtualColumn } from '../../components/VirtualTable';
import type { CaseSummary } from '../../../shared/domain/case/case.schema';
import { caseKindLabel } from '../../../shared/domain/reference-data';
import { reasonsText } from './case-display';
import { statusTag } from '../../components/case-status-tag';
import { isCollectiveCase } from '../../../shared/risk/risk-warnings';

/** Columns of the case list; sortKey values are the contract's CASE_SORT_FIELDS. */
export const CASE_COLUMNS: readonly VirtualColumn<CaseSummary>[] = [
  {
    key: 'caseNo',
    title: '案号',
    width: 'minmax(200px, 1.3fr)',
    sortKey: 'caseNo',
    render: (c) => {
      const voided = c.voidedAt !== null && <Tag color="red">已作废</Tag>;
      // 风险预警: a collective dispute (≥ 10 workers) is flagged wherever the case is listed.
      const collective = isCollectiveCase(c) && <Tag color="purple">集体</Tag>;
      return c.officialNo !== null ? (
        <>
          {c.officialNo}
          {collective}
          {voided}
        </>
      ) : (
        <>
          {c.provisionalNo} <Tag color="gold">临时</Tag>
          {collective}
          {voided}
        </>
      );
    },
  },
  { key: 'kind', title: '类型', width: '64px', render: (c) => caseKindLabel(c.kind) },
  {
    key: 'applicants',
    title: '申请人',
    width: 'minmax(110px, 1fr)',
    render: (c) => <span title={c.applicants}>{c.applicants}</span>,
  },
  {
    key: 'respondents',
    title: '被申请人',
    width: 'minmax(140px, 1.3fr)',
    render: (c) => <span title={c.respondents}>{c.respondents}</span>,
  },
  {
    key: 'reasons',
    title: '案由',
    width: 'minmax(140px, 1.2fr)',
    render: (c) => <span title={reasonsText(c.reasons)}>{reasonsText(c.reasons)}</span>,
  },
  {
    key: 'receivedDate',
    title: '收件日期',
    width: '116px',
    sortKey: 'receivedDate',
    render: (c) => c.receivedDate,
  },
  {
    key: 'status',
    title: '状态',
    width: '96px',
    sortKey: 'status',
    render: (c) => {
      const t = statusTag(c.status);
      return <Tag color={t.color}>{t.label}</Tag>;
    },
  },
];
