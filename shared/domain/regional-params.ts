import { z } from 'zod';
import { Fen, IsoDate, OptionalText, RequiredText } from '../schema/primitives';

/**
 * Local parameters the calculators need (reference §0.4 item 1): the monthly minimum wage by county tier, the
 * city's previous-year average monthly wage (3× cap), the region's average monthly wage (工伤 本人工资 bounds) and
 * the province's previous-year average annual wage (simple-procedure test). Effective-dated; shipped values
 * are marked `sample` (示例) until an administrator confirms them.
 */
export const REGIONAL_PARAM_KINDS = [
  { code: 'minMonthlyWageFen', label: '月最低工资标准' },
  { code: 'cityAvgMonthlyWageFen', label: '设区的市上年度职工月平均工资' },
  { code: 'regionAvgMonthlyWageFen', label: '统筹地区上年度职工月平均工资' },
  { code: 'provinceAvgAnnualWageFen', label: '省上年度职工年平均工资' },
] as const;
export type RegionalParamKind = (typeof REGIONAL_PARAM_KINDS)[number]['code'];

export const RegionalParam = z.object({
  kind: z.enum(REGIONAL_PARAM_KINDS.map((k) => k.code) as [RegionalParamKind, ...RegionalParamKind[]], {
    message: '请选择参数类型',
  }),
  region: RequiredText(50),
  effectiveFrom: IsoDate,
  amountFen: Fen.refine((v) => v > 0, { message: '金额须大于零' }),
  sample: z.boolean().default(false),
  source: OptionalText(200),
});
export type RegionalParam = z.output<typeof RegionalParam>;

export const RegionalParams = z
  .array(RegionalParam)
  .max(500)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const key = `${p.kind}|${p.region}|${p.effectiveFrom}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'effectiveFrom'],
          message: `同一地区同一参数在 ${p.effectiveFrom} 重复生效`,
        });
      seen.add(key);
    });
  });

/** The values in force on `date`: for each kind, the latest entry whose effectiveFrom ≤ date. */
export function paramsAt(
  list: readonly RegionalParam[],
  date: string,
): Partial<Record<RegionalParamKind, { amountFen: number; sample: boolean; effectiveFrom: string }>> {
  const out: Partial<
    Record<RegionalParamKind, { amountFen: number; sample: boolean; effectiveFrom: string }>
  > = {};
  for (const p of list) {
    if (p.effectiveFrom > date) continue;
    const cur = out[p.kind];
    if (cur === undefined || p.effectiveFrom > cur.effectiveFrom)
      out[p.kind] = { amountFen: p.amountFen, sample: p.sample, effectiveFrom: p.effectiveFrom };
  }
  return out;
}

/** The one entry of `kind` in force on `date` (the latest effectiveFrom ≤ date), with its region; or null. */
export function paramInForce(
  list: readonly RegionalParam[],
  kind: RegionalParamKind,
  date: string,
): RegionalParam | null {
  let best: RegionalParam | null = null;
  for (const p of list) {
    if (p.kind !== kind || p.effectiveFrom > date) continue;
    if (best === null || p.effectiveFrom > best.effectiveFrom) best = p;
  }
  return best;
}
