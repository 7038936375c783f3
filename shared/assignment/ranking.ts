// Ranking candidates by open workload: the lowest weighted load first, ties broken by fewer cases as B, then by
// name and id so the same data always gives the same answer (reference §4; weights are committee data).

import type { CaseForAssignment } from './case.schema';
import { loadOf } from './load';
import type { WorkloadWeights } from './settings.schema';
import type { StaffMember } from './staff.schema';

export interface CandidateLoad {
  readonly staffId: string;
  readonly name: string;
  /** Σ weight as A + asB share × Σ weight as B, over open cases. */
  readonly weighted: number;
  readonly asA: number;
  readonly asB: number;
}

export function compareLoad(x: CandidateLoad, y: CandidateLoad): number {
  if (x.weighted !== y.weighted) return x.weighted - y.weighted;
  if (x.asB !== y.asB) return x.asB - y.asB;
  if (x.name !== y.name) return x.name < y.name ? -1 : 1;
  return x.staffId < y.staffId ? -1 : x.staffId > y.staffId ? 1 : 0;
}

/** `people` with their loads over `cases`, best (least loaded) first. */
export function rankByLoad(
  people: readonly StaffMember[],
  cases: readonly CaseForAssignment[],
  weights: WorkloadWeights,
): CandidateLoad[] {
  return people
    .map((p) => ({ staffId: p.id, name: p.name, ...loadOf(p.id, cases, weights) }))
    .sort(compareLoad);
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** "张三（加权 2.3；承办 2 件、协办 1 件）" */
export function describeLoad(c: CandidateLoad): string {
  return `${c.name}（加权 ${fmt(c.weighted)}；承办 ${c.asA} 件、协办 ${c.asB} 件）`;
}

/** Why `chosen` beat `next` in the ranking, in Chinese. */
export function whyFirst(chosen: CandidateLoad, next: CandidateLoad | undefined): string {
  if (next === undefined) return '是唯一符合条件的人选';
  if (chosen.weighted < next.weighted) return `在办加权工作量最低（次低为${describeLoad(next)}）`;
  if (chosen.asB < next.asB) return `与${next.name}加权工作量相同，协办案件较少`;
  if (chosen.name !== next.name) return `与${next.name}加权工作量、协办案件数均相同，按姓名排序在前`;
  return `与同名的${next.name}加权工作量、协办案件数均相同，按编号排序在前`;
}
