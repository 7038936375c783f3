// Weighted open workload (reference §4: B takes over when A is "overloaded"; the weights are committee data).

import { isOpenStatus } from './case.schema';
import type { CaseForAssignment } from './case.schema';
import type { WorkloadWeights } from './settings.schema';

type WeighedCase = Pick<CaseForAssignment, 'kind' | 'isCollective' | 'isSimple'>;

/** Sums of fractional weights are rounded to 6 decimals so 0.3 + 0.3 + 0.3 ties with 0.9 when ranking. */
export const roundLoad = (x: number): number => Math.round(x * 1e6) / 1e6;

/** weight(case) = base × (collective ? collective : 1) × (simple ? simple : 1) × (mediation ? mediation : 1). */
export function caseWeight(c: WeighedCase, w: WorkloadWeights): number {
  return roundLoad(
    w.base *
      (c.isCollective ? w.collective : 1) *
      (c.isSimple ? w.simple : 1) *
      (c.kind === 'mediation' ? w.mediation : 1),
  );
}

export interface Load {
  /** Σ weight over open cases as A + asB × Σ weight over open cases as B. */
  readonly weighted: number;
  /** Open cases as A角 (承办). */
  readonly asA: number;
  /** Open cases as B角 (协办). */
  readonly asB: number;
}

/** The open workload of one person over `cases` (closed and archived cases are skipped). */
export function loadOf(staffId: string, cases: readonly CaseForAssignment[], w: WorkloadWeights): Load {
  let weighted = 0;
  let asA = 0;
  let asB = 0;
  for (const c of cases) {
    if (!isOpenStatus(c.status)) continue;
    if (c.a === staffId) {
      asA += 1;
      weighted += caseWeight(c, w);
    } else if (c.b === staffId) {
      asB += 1;
      weighted += w.asB * caseWeight(c, w);
    }
  }
  return { weighted: roundLoad(weighted), asA, asB };
}
