// Each rate is a numerator and a denominator named as sums of measures — data an administrator may change in
// 设置 (setting `stats.definitions`), because local reports compute the same name differently (reference §6:
// e.g. 仲裁结案率 over carried-over + accepted cases nationally, over accepted cases in some local reports).
// The defaults are the reference's best reconstruction, each with the citation shown beside the figure.

import { z } from 'zod';

/** The case sets a period yields; every figure of the table and every rate is built from these. */
export const MEASURES = [
  { code: 'carriedOver', label: '上期未结案件' },
  { code: 'accepted', label: '本期受理案件' },
  { code: 'closed', label: '本期结案' },
  { code: 'closedMediation', label: '仲裁调解结案' },
  { code: 'closedAward', label: '仲裁裁决结案' },
  { code: 'closedOther', label: '其他方式结案' },
  { code: 'closedWithdrawn', label: '撤回（含视为撤回）结案' },
  { code: 'closedOnTime', label: '审限内结案' },
  // Closed cases whose 审限 is not known (historical imports without a procedure log): never counted on time,
  // and shown apart so a low 按期结案率 is not mistaken for late cases.
  { code: 'closedLimitUnknown', label: '审限不明的结案' },
  { code: 'awardFinal', label: '终局裁决结案' },
  { code: 'awardMixed', label: '部分终局裁决结案' },
  { code: 'stationClosed', label: '调解组织办结' },
  { code: 'stationMediated', label: '调解组织调解成功' },
  { code: 'reviewed', label: '已评查结案' },
  { code: 'reviewPassed', label: '评查合格结案' },
  { code: 'openAtEnd', label: '期末未结案件' },
] as const;
export type Measure = (typeof MEASURES)[number]['code'];
export const MEASURE_CODES = MEASURES.map((m) => m.code) as [Measure, ...Measure[]];
export const measureLabel = (m: Measure): string => MEASURES.find((x) => x.code === m)?.label ?? m;

export const RATE_IDS = [
  'mediationSuccess',
  'arbitrationClosing',
  'onTimeClosing',
  'mediationClosing',
  'awardClosing',
  'withdrawal',
  'finalAward',
  'reviewPass',
] as const;
export type RateId = (typeof RATE_IDS)[number];

const Terms = z
  .array(z.enum(MEASURE_CODES, { message: '统计口径中的项目无效' }))
  .min(1, { message: '至少选择一项' })
  .max(MEASURE_CODES.length);

export const RateDefinition = z.object({
  label: z.string().trim().min(1, { message: '名称不能为空' }).max(40),
  numerator: Terms,
  denominator: Terms,
  /** Where the definition comes from, shown beside the figure. */
  citation: z.string().trim().max(500, { message: '依据说明不能超过 500 个字符' }),
  /** Target in percent (e.g. 70 for 调解成功率 ≥ 70 %); null = none. */
  target: z
    .number()
    .min(0, { message: '目标值须在 0 到 100 之间' })
    .max(100, { message: '目标值须在 0 到 100 之间' })
    .nullable(),
});
export type RateDefinition = z.infer<typeof RateDefinition>;

export const RateDefinitions = z.object(
  Object.fromEntries(RATE_IDS.map((id) => [id, RateDefinition])) as Record<RateId, typeof RateDefinition>,
);
export type RateDefinitions = z.infer<typeof RateDefinitions>;

export const STATS_DEFINITIONS_KEY = 'stats.definitions';

export const DEFAULT_RATE_DEFINITIONS: RateDefinitions = {
  mediationSuccess: {
    label: '调解成功率',
    numerator: ['closedMediation', 'stationMediated'],
    denominator: ['closed', 'stationClosed'],
    citation:
      '人社部统计公报口径：以调解方式结案的案件（仲裁调解 + 调解组织调解成功）÷ 结案数 × 100%。部分地方另以（仲裁调解 + 案外调解）÷（受理 + 案外调解）计算。',
    target: 70,
  },
  arbitrationClosing: {
    label: '仲裁结案率',
    numerator: ['closed'],
    denominator: ['carriedOver', 'accepted'],
    citation:
      '仲裁机构结案数 ÷（上期未结案件数 + 本期受理案件数）× 100%（由公开的受理、结案和结案率数字反推；部分地方报告以结案 ÷ 受理计算，可能超过 100%）。',
    target: 95,
  },
  onTimeClosing: {
    label: '按期结案率',
    numerator: ['closedOnTime'],
    denominator: ['closed'],
    citation: '审限内（受理之日起 45 日，经批准延长的不超过 60 日，扣除不计入期间）结案数 ÷ 结案数 × 100%。',
    target: null,
  },
  mediationClosing: {
    label: '调解结案率',
    numerator: ['closedMediation'],
    denominator: ['closed'],
    citation: '仲裁调解结案数 ÷ 结案数 × 100%。',
    target: null,
  },
  awardClosing: {
    label: '裁决结案率',
    numerator: ['closedAward'],
    denominator: ['closed'],
    citation: '仲裁裁决结案数 ÷ 结案数 × 100%。',
    target: null,
  },
  withdrawal: {
    label: '撤诉率',
    numerator: ['closedWithdrawn'],
    denominator: ['closed'],
    citation: '撤回仲裁申请（含视为撤回）结案数 ÷ 结案数 × 100%。',
    target: null,
  },
  finalAward: {
    label: '终局裁决率',
    numerator: ['awardFinal'],
    denominator: ['closedAward'],
    citation:
      '终局裁决结案数 ÷ 裁决结案数 × 100%（《劳动争议调解仲裁法》第四十七条）。部分终局裁决默认不计入分子，可在设置中加入。',
    target: null,
  },
  reviewPass: {
    label: '评查合格率',
    numerator: ['reviewPassed'],
    denominator: ['reviewed'],
    citation: '评查合格的结案数 ÷ 已评查的结案数 × 100%（本委案件评查口径）。',
    target: null,
  },
};
