import { z } from 'zod';
import { IsoDate } from '../schema/primitives';
import { RISK_KINDS, type RiskKind } from '../risk/risk-warnings';
import { RiskSettings } from '../risk/risk-settings';

/** 风险预警 over IPC: the check the register form runs as it is filled in, the dashboard and its settings. */
const KIND_CODES = RISK_KINDS.map((k) => k.code) as [RiskKind, ...RiskKind[]];

export const RiskWarningView = z.object({
  kind: z.enum(KIND_CODES),
  label: z.string(),
  message: z.string(),
  caseIds: z.array(z.string()),
});

// A form being filled in: names may still be empty and codes half typed, so nothing here is required but a date.
export const RiskCheckInput = z.object({
  receivedDate: IsoDate,
  isCollective: z.boolean(),
  workerCount: z.number().int().min(0).max(100000).nullable().optional(),
  parties: z
    .array(
      z.object({
        role: z.string().max(20),
        name: z.string().max(200),
        idNumber: z.string().max(40).nullable().optional(),
        creditCode: z.string().max(40).nullable().optional(),
      }),
    )
    .max(500, { message: '当事人不能超过 500 个' }),
  /** The case itself, when checking a registered case. */
  caseId: z.string().max(64).optional(),
});
export type RiskCheckInput = z.infer<typeof RiskCheckInput>;

export const RiskDashboardRow = z.object({
  caseId: z.string(),
  caseNo: z.string(),
  receivedDate: z.string(),
  collective: z.boolean(),
  workerCount: z.number().nullable(),
  applicants: z.string(),
  respondents: z.string(),
  warnings: z.array(RiskWarningView),
});
export type RiskDashboardRow = z.infer<typeof RiskDashboardRow>;

export const RiskContract = {
  'risk:check': { input: RiskCheckInput, output: z.array(RiskWarningView) },
  'risk:dashboard': {
    input: z.object({}).strict(),
    output: z.object({ settings: RiskSettings, rows: z.array(RiskDashboardRow) }),
  },
  'risk:setSettings': { input: RiskSettings, output: z.object({ saved: z.boolean() }) },
} as const;
