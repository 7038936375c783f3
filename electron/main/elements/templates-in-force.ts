import defaultDeadlineRules from '../../../resources/deadline-rules/default.json';
import type { RegionalParam } from '../../../shared/domain/regional-params';
import type { ElementTemplate } from '../../../shared/elements';
import type { MinWageDateRule } from '../../../shared/procedure/award-test';
import type { PlanReference } from '../../../shared/mutations/plan/planner';
import {
  minWageDateRuleFrom,
  regionalParamsFrom,
  templatesFrom,
} from '../../../shared/mutations/plan/reference';
import sampleParams from '../../../resources/regional-params/sample.json';
import type { Repos } from '../db/repositories';
import { SHIPPED_TEMPLATES } from './template-registry';

/** Shipped templates plus those an administrator added in 设置 (setting `elements.templates`). */
export function templatesInForce(repos: Repos): ElementTemplate[] {
  return templatesFrom(SHIPPED_TEMPLATES, repos.settings.get('elements.templates'));
}

/** Which day's minimum wage the 终局 test uses: the committee's setting, or the award date by default. */
export function minWageDateRuleInForce(repos: Repos): MinWageDateRule {
  return minWageDateRuleFrom(repos.settings.get('award.minWageDateRule'));
}

/** The committee's regional parameters, or the shipped 示例 values until it sets its own. */
export function regionalParams(repos: Repos): RegionalParam[] {
  return regionalParamsFrom(repos.settings.get('regional.params'), sampleParams);
}

/** The shipped reference data the mutation planners read (the server loads the same files). */
export const PLAN_REFERENCE: PlanReference = {
  shippedTemplates: SHIPPED_TEMPLATES,
  sampleRegionalParams: regionalParamsFrom(undefined, sampleParams),
  deadlineRules: defaultDeadlineRules,
};
