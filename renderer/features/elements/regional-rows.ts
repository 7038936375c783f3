import type { RegionalParam, RegionalParamKind } from '../../../shared/domain/regional-params';
import { REGIONAL_PARAM_KINDS } from '../../../shared/domain/regional-params';
import { formatFen, yuanToFen } from '../../../shared/format';

/**
 * 设置 › 地区参数 as an editable table: one row per parameter, the amount typed in 元. Rows convert to the
 * `regional:set` payload (integer 分); main validates it, and its issue paths ('2.effectiveFrom') map back onto
 * the row and column.
 */
export type RegionalRow = {
  kind: RegionalParamKind | '';
  region: string;
  effectiveFrom: string;
  amountYuan: string;
  sample: boolean;
  source: string;
};
export type RegionalColumn = keyof RegionalRow;
export type RowIssue = { row: number; column: RegionalColumn | null; message: string };

export const COLUMN_LABEL: Readonly<Record<RegionalColumn, string>> = {
  kind: '参数',
  region: '地区',
  effectiveFrom: '生效日期',
  amountYuan: '金额',
  sample: '示例',
  source: '来源',
};

export const kindLabel = (kind: string): string =>
  REGIONAL_PARAM_KINDS.find((k) => k.code === kind)?.label ?? kind;

export const blankRegionalRow = (): RegionalRow => ({
  kind: '',
  region: '',
  effectiveFrom: '',
  amountYuan: '',
  sample: false,
  source: '',
});

export function paramsToRows(params: readonly RegionalParam[]): RegionalRow[] {
  return params.map((p) => ({
    kind: p.kind,
    region: p.region,
    effectiveFrom: p.effectiveFrom,
    amountYuan: formatFen(p.amountFen).replace(/,/g, ''),
    sample: p.sample,
    source: p.source ?? '',
  }));
}

/**
 * Rows → the payload. A blank amount or one that is not 元 text is reported here (main cannot name a typo); the
 * rest (kind, region, date, duplicates) is left to main's schema so the rules live in one place.
 */
export function rowsToParams(rows: readonly RegionalRow[]): { params: unknown[]; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const params = rows.map((r, row) => {
    const fen = yuanToFen(r.amountYuan);
    if (fen === null)
      issues.push({
        row,
        column: 'amountYuan',
        message: r.amountYuan.trim() === '' ? '请填写金额' : '金额格式不正确：以元为单位，最多两位小数',
      });
    const source = r.source.trim();
    return {
      kind: r.kind,
      region: r.region,
      effectiveFrom: r.effectiveFrom,
      amountFen: fen ?? 0,
      sample: r.sample,
      ...(source === '' ? {} : { source }),
    };
  });
  return { params, issues };
}

const COLUMN_OF: Readonly<Record<string, RegionalColumn>> = {
  kind: 'kind',
  region: 'region',
  effectiveFrom: 'effectiveFrom',
  amountFen: 'amountYuan',
  sample: 'sample',
  source: 'source',
};

/** A server issue ('3.amountFen') → the row and column it concerns. */
export function issueAt(path: string, message: string): RowIssue {
  const [index, field] = path.split('.');
  const row = index === undefined || index === '' ? Number.NaN : Number(index);
  return { row: Number.isInteger(row) ? row : -1, column: (field && COLUMN_OF[field]) || null, message };
}

/** '第 3 行 金额：请填写金额' — or the message alone when it concerns the whole list. */
export const issueText = (i: RowIssue): string =>
  i.row < 0
    ? i.message
    : `第 ${i.row + 1} 行${i.column === null ? '' : ` ${COLUMN_LABEL[i.column]}`}：${i.message}`;
