import { readFileSync, readdirSync } from 'node:fs';
import { validateTemplate } from '../../shared/elements';
import type { PlanReference } from '../../shared/mutations/plan/planner';
import { regionalParamsFrom } from '../../shared/mutations/plan/reference';

const RESOURCES = new URL('../../resources/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

let loaded: PlanReference | null = null;

/**
 * The shipped reference data the planners read (shared/mutations/plan/planner.ts `PlanReference`), from the same
 * files the desktop bundles: every template in resources/elements, the sample regional parameters and the deadline rules. Read
 * once, when the first push needs it; an invalid shipped file is an error of the installation, not a refusal.
 */
export function serverReference(): PlanReference {
  if (loaded !== null) return loaded;
  const dir = new URL('elements/', RESOURCES);
  const shippedTemplates = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const r = validateTemplate(readJson(new URL(f, dir)));
      if (!r.ok)
        throw new Error(`resources/elements/${f}: invalid template ${JSON.stringify(r.issues.slice(0, 3))}`);
      return r.template;
    });
  const sampleRegionalParams = regionalParamsFrom(
    undefined,
    readJson(new URL('regional-params/sample.json', RESOURCES)),
  );
  const deadlineRules = readJson(new URL('deadline-rules/default.json', RESOURCES));
  loaded = { shippedTemplates, sampleRegionalParams, deadlineRules };
  return loaded;
}
