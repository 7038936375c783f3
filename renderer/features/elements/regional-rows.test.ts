import { describe, expect, it } from 'vitest';
import { RegionalParams } from '../../../shared/domain/regional-params';
import { blankRegionalRow, issueAt, issueText, kindLabel, paramsToRows, rowsToParams } from './regional-rows';

const param = {
  kind: 'minMonthlyWageFen' as const,
  region: '示例市',
  effectiveFrom: '2025-01-01',
  amountFen: 249_000,
  sample: true,
  source: '示例',
};

describe('regional rows', () => {
  it('round-trips parameters through rows in 元', () => {
    const rows = paramsToRows([param, { ...param, source: undefined, sample: false }]);
    expect(rows[0]).toEqual({
      kind: 'minMonthlyWageFen',
      region: '示例市',
      effectiveFrom: '2025-01-01',
      amountYuan: '2490.00',
      sample: true,
      source: '示例',
    });
    expect(rows[1]?.source).toBe('');
    const { params, issues } = rowsToParams(rows);
    expect(issues).toEqual([]);
    expect(params[0]).toEqual({ ...param });
    expect(params[1]).not.toHaveProperty('source');
    expect(RegionalParams.safeParse(params).success).toBe(false); // same kind, region and date twice
    expect(RegionalParams.safeParse(params.slice(0, 1)).success).toBe(true);
  });

  it('reports amounts that are not 元 and leaves the rest to main', () => {
    const rows = [
      { ...blankRegionalRow(), amountYuan: '' },
      { ...blankRegionalRow(), amountYuan: '2,49' },
    ];
    const { issues } = rowsToParams(rows);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [0, 'amountYuan'],
      [1, 'amountYuan'],
    ]);
    expect(issueText(issues[0] ?? { row: -1, column: null, message: '' })).toBe('第 1 行 金额：请填写金额');
  });

  it("maps main's issue paths onto rows and columns", () => {
    expect(issueAt('2.amountFen', '金额须大于零')).toEqual({
      row: 2,
      column: 'amountYuan',
      message: '金额须大于零',
    });
    expect(issueAt('0.effectiveFrom', 'x').column).toBe('effectiveFrom');
    expect(issueAt('', '最多 500 项')).toEqual({ row: -1, column: null, message: '最多 500 项' });
    expect(issueText(issueAt('', '最多 500 项'))).toBe('最多 500 项');
    expect(issueText(issueAt('1', '参数无效'))).toBe('第 2 行：参数无效');
    expect(kindLabel('cityAvgMonthlyWageFen')).toBe('设区的市上年度职工月平均工资');
    expect(kindLabel('other')).toBe('other');
  });
});
