import { validateTemplate, type ElementTemplate } from '../../../shared/elements';
import annualLeave from '../../../resources/elements/annual_leave.json';
import base from '../../../resources/elements/base.json';
import confirmRelationship from '../../../resources/elements/confirm_relationship.json';
import doubleWages from '../../../resources/elements/double_wages.json';
import economicCompensation from '../../../resources/elements/economic_compensation.json';
import forcedResignation from '../../../resources/elements/forced_resignation.json';
import nonCompete from '../../../resources/elements/non_compete.json';
import overtime from '../../../resources/elements/overtime.json';
import unlawfulTermination from '../../../resources/elements/unlawful_termination.json';
import wageArrears from '../../../resources/elements/wage_arrears.json';
import workInjury from '../../../resources/elements/work_injury.json';

const SHIPPED_JSON: unknown[] = [
  base,
  wageArrears,
  overtime,
  doubleWages,
  unlawfulTermination,
  economicCompensation,
  forcedResignation,
  annualLeave,
  confirmRelationship,
  workInjury,
  nonCompete,
];

/** The shipped templates, validated once; an invalid shipped file is a build error, caught by the tests. */
export const SHIPPED_TEMPLATES: readonly ElementTemplate[] = SHIPPED_JSON.map((json) => {
  const r = validateTemplate(json);
  if (!r.ok) throw new Error(`resources/elements: invalid template ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.template;
});

/** The newest version of each template. */
export function latestTemplates(all: readonly ElementTemplate[]): ElementTemplate[] {
  const latest = new Map<string, ElementTemplate>();
  for (const t of all) {
    const cur = latest.get(t.id);
    if (cur === undefined || t.version > cur.version) latest.set(t.id, t);
  }
  return [...latest.values()];
}

export const findTemplate = (all: readonly ElementTemplate[], id: string, version: number) =>
  all.find((t) => t.id === id && t.version === version) ?? null;
