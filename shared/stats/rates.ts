// A rate is computed from its definition: the union of the numerator's measures over the union of the
// denominator's, so the value is always exactly numerator ÷ denominator of the case lists shown for drill-down.

import type { Measure, RateDefinition, RateDefinitions, RateId } from './definitions';
import { RATE_IDS } from './definitions';
import type { Figure } from './figure';

export type Rate = {
  readonly id: RateId;
  readonly label: string;
  readonly numerator: Figure;
  readonly denominator: Figure;
  /** numerator ÷ denominator as a fraction (0.7 = 70 %); null when the denominator is 0. */
  readonly value: number | null;
  readonly target: number | null;
  readonly citation: string;
  readonly definition: RateDefinition;
};

function union(measures: Readonly<Record<Measure, Figure>>, terms: readonly Measure[]): Figure {
  if (terms.length === 1) {
    const only = measures[terms[0] as Measure];
    return { value: only.caseIds.length, caseIds: only.caseIds };
  }
  const ids = new Set<string>();
  for (const term of terms) for (const id of measures[term].caseIds) ids.add(id);
  return { value: ids.size, caseIds: [...ids] };
}

export function rateOf(
  id: RateId,
  definition: RateDefinition,
  measures: Readonly<Record<Measure, Figure>>,
): Rate {
  const numerator = union(measures, definition.numerator);
  const denominator = union(measures, definition.denominator);
  return {
    id,
    label: definition.label,
    numerator,
    denominator,
    value: denominator.value === 0 ? null : numerator.value / denominator.value,
    target: definition.target,
    citation: definition.citation,
    definition,
  };
}

export function ratesOf(
  definitions: RateDefinitions,
  measures: Readonly<Record<Measure, Figure>>,
): Record<RateId, Rate> {
  return Object.fromEntries(RATE_IDS.map((id) => [id, rateOf(id, definitions[id], measures)])) as Record<
    RateId,
    Rate
  >;
}
