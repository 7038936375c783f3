import { z } from 'zod';
import type { GroupRow, MonthRow, PeriodFigures } from '../stats';
import { RateDefinitions, StatsPeriod } from '../stats';

/** One case in a drill-down list (the figures carry ids; the page looks each up here). */
export const StatsCaseView = z.object({
  caseNo: z.string(),
  kind: z.enum(['mediation', 'arbitration']),
  officeName: z.string(),
  handlerName: z.string().nullable(),
  acceptedDate: z.string().nullable(),
  closedDate: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type StatsCaseView = z.infer<typeof StatsCaseView>;

/** Which data the figures cover and as of when: offline, the local database as of the last sync. */
export const StatsCoverage = z.object({
  offices: z.array(z.object({ id: z.string(), name: z.string() })),
  enrolled: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** When the figures were computed (ISO instant, main's clock). */
  computedAt: z.string(),
  cases: z.number().int().nonnegative(),
});
export type StatsCoverage = z.infer<typeof StatsCoverage>;

export type StatsView = {
  period: StatsPeriod;
  coverage: StatsCoverage;
  figures: PeriodFigures;
  monthly: MonthRow[];
  byHandler: GroupRow[];
  byOffice: GroupRow[];
  cases: Record<string, StatsCaseView>;
  definitionsCustom: boolean;
};

const XlsxFile = z.object({ fileName: z.string(), dataBase64: z.string() });

/** 统计分析 (director only) and the rate definitions (settings, director or administrator). */
export const StatsContract = {
  'stats:official': { input: StatsPeriod, output: z.custom<StatsView>() },
  /** The official table, the rates and the case list as .xlsx, built in main with exceljs. */
  'stats:xlsx': { input: StatsPeriod, output: XlsxFile },
  'statsDefinitions:get': {
    input: z.object({}).strict(),
    output: z.object({ definitions: RateDefinitions, custom: z.boolean() }),
  },
  /** null restores the reference's defaults. */
  'statsDefinitions:set': {
    input: z.object({ definitions: RateDefinitions.nullable() }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
} as const;
