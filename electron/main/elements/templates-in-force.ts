import { z } from 'zod';
import { ElementTemplate } from '../../../shared/elements';
import { RegionalParams, type RegionalParam } from '../../../shared/domain/regional-params';
import sampleParams from '../../../resources/regional-params/sample.json';
import type { Repos } from '../db/repositories';
import { allTemplates } from './template-registry';

const CustomTemplates = z.array(ElementTemplate);

/** Shipped templates plus those an administrator added in 设置 (setting `elements.templates`). */
export function templatesInForce(repos: Repos): ElementTemplate[] {
  const parsed = CustomTemplates.safeParse(repos.settings.get('elements.templates') ?? []);
  return allTemplates(parsed.success ? parsed.data : []);
}

/** The committee's regional parameters, or the shipped 示例 values until it sets its own. */
export function regionalParams(repos: Repos): RegionalParam[] {
  const custom = RegionalParams.safeParse(repos.settings.get('regional.params'));
  if (custom.success) return custom.data;
  return RegionalParams.parse(sampleParams);
}
