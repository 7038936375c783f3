import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case/case-status';
import { CASE_KINDS, type CaseKind, type DisputeReason } from '../../../shared/domain/reference-data';
import { useClaimTypeSearch } from '../../components/use-claim-type-search';

export type CaseFilterValues = {
  status?: CaseStatus | undefined;
  kind?: CaseKind | undefined;
  reason?: DisputeReason | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  /** Voided cases are hidden unless asked for: 含已作废 / 仅已作废. */
  voided?: 'include' | 'only' | undefined;
};

const VOIDED_OPTIONS = [
  { value: 'include', label: '含已作废' },
  { value: 'only', label: '仅已作废' },
] as const;

type Props = { value: CaseFilterValues; onChange: (next: CaseFilterValues) => void };

/** 状态 / 类型 / 案由 / 收件日期范围 / 已作废 filters of the case list. */
export function CaseFilters({ value, onChange }: Props) {
  const reasons = useClaimTypeSearch();
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    value.dateFrom !== undefined && value.dateTo !== undefined
      ? [dayjs(value.dateFrom), dayjs(value.dateTo)]
      : null;
  return (
    <Space wrap>
      <Select<CaseStatus>
        allowClear
        placeholder="状态"
        aria-label="状态"
        data-testid="filter-status"
        style={{ width: 120 }}
        value={value.status ?? null}
        onChange={(status) => onChange({ ...value, status: status ?? undefined })}
        options={CASE_STATUSES.map((s) => ({ value: s.code, label: s.label }))}
      />
      <Select<CaseKind>
        allowClear
        placeholder="类型"
        aria-label="类型"
        data-testid="filter-kind"
        style={{ width: 100 }}
        value={value.kind ?? null}
        onChange={(kind) => onChange({ ...value, kind: kind ?? undefined })}
        options={CASE_KINDS.map((k) => ({ value: k.code, label: k.label }))}
      />
      <Select<DisputeReason>
        allowClear
        placeholder="案由"
        aria-label="案由"
        data-testid="filter-reason"
        style={{ width: 200 }}
        showSearch={reasons.showSearch}
        value={value.reason ?? null}
        onChange={(reason) => onChange({ ...value, reason: reason ?? undefined })}
        options={reasons.options}
      />
      <Select<'include' | 'only'>
        allowClear
        placeholder="不含已作废"
        aria-label="已作废案件"
        data-testid="filter-voided"
        style={{ width: 130 }}
        value={value.voided ?? null}
        onChange={(voided) => onChange({ ...value, voided: voided ?? undefined })}
        options={VOIDED_OPTIONS.map((o) => ({ ...o }))}
      />
      <DatePicker.RangePicker
        aria-label="收件日期范围"
        data-testid="filter-dates"
        format="YYYY-MM-DD"
        placeholder={['收件日期起', '收件日期止']}
        value={range}
        onChange={(_dates, [from, to]) =>
          onChange({ ...value, dateFrom: from === '' ? undefined : from, dateTo: to === '' ? undefined : to })
        }
      />
    </Space>
  );
}
