import { z } from 'zod';
import { ElementTemplate } from '../../../shared/elements';
import { RegionalParams, type RegionalParam } from '../../../shared/domain/regional-params';
import {
  DEFAULT_MIN_WAGE_DATE_RULE,
  MinWageDateRuleSchema,
  type MinWageDateRule,
} from '../../../shared/procedure/award-test';
import sampleParams from '../../../resources/regional-params/sample.json';
import type { Repos } from '../db/repositories';
import { allTemplates } from './template-registry';

const CustomTemplates = z.array(ElementTemplate);

/** Shipped templates plus those an administrator added in 设置 (setting `elements.templates`). */
export function templatesInForce(repos: Repos): ElementTemplate[] {
  const parsed = CustomTemplates.safeParse(repos.settings.get('elements.templates') ?? []);
  return allTemplates(parsed.success ? parsed.data : []);
}

/** Which day's minimum wage the 终局 test uses: the committee's setting, or the award date by default. */
export function minWageDateRuleInForce(repos: Repos): MinWageDateRule {
  const r = MinWageDateRuleSchema.safeParse(repos.settings.get('award.minWageDateRule'));
  return r.success ? r.data : DEFAULT_MIN_WAGE_DATE_RULE;
}

/** The committee's regional parameters, or the shipped 示例 values until it sets its own. */
export function regionalParams(repos: Repos): RegionalParam[] {
  const custom = RegionalParams.safeParse(repos.settings.get('regional.params'));
  if (custom.success) return custom.data;
  return RegionalParams.parse(sampleParams);
}
