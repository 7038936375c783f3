import { z } from 'zod';
import { RegionalParams, type RegionalParam } from '../../domain/regional-params';
import { ElementTemplate } from '../../elements';
import {
  DEFAULT_MIN_WAGE_DATE_RULE,
  MinWageDateRuleSchema,
  type MinWageDateRule,
} from '../../procedure/award-test';
import type { PlanCtx, PlanReference } from './planner';
import type { PlanStore } from './plan-store';

/**
 * The committee's settings a rule reads, with the shipped defaults they fall back to — one reading for the
 * desktop's services (over its repositories) and the planners (over the plan store), so both apply the same.
 */

const CustomTemplates = z.array(ElementTemplate);

/** Every known version: shipped plus the committee's own (which may add versions or new templates). */
export function allTemplates(
  shipped: readonly ElementTemplate[],
  custom: readonly ElementTemplate[],
): ElementTemplate[] {
  const byKey = new Map<string, ElementTemplate>();
  for (const t of [...shipped, ...custom]) byKey.set(`${t.id}@${t.version}`, t);
  return [...byKey.values()];
}

/** Shipped templates plus those an administrator added in 设置 (the value of setting `elements.templates`). */
export function templatesFrom(shipped: readonly ElementTemplate[], setting: unknown): ElementTemplate[] {
  const parsed = CustomTemplates.safeParse(setting ?? []);
  return allTemplates(shipped, parsed.success ? parsed.data : []);
}

/** Which day's minimum wage the 终局 test uses: the committee's setting, or the award date by default. */
export function minWageDateRuleFrom(setting: unknown): MinWageDateRule {
  const r = MinWageDateRuleSchema.safeParse(setting);
  return r.success ? r.data : DEFAULT_MIN_WAGE_DATE_RULE;
}

/** The committee's regional parameters, or the shipped 示例 values until it sets its own. */
export function regionalParamsFrom(setting: unknown, sample: unknown): RegionalParam[] {
  const custom = RegionalParams.safeParse(setting);
  if (custom.success) return custom.data;
  return RegionalParams.parse(sample);
}

/** A setting's value as the plan sees it (settings are rows keyed by the setting's name). */
export const settingValue = (store: PlanStore, key: string): unknown => store.get('setting', key)?.value;

/** The shipped reference data; both ends supply it, so its absence is a wiring error, not a rule. */
export function referenceOf(ctx: PlanCtx): PlanReference {
  if (ctx.reference === undefined)
    throw new Error('planner needs the shipped reference data (PlanCtx.reference)');
  return ctx.reference();
}
