import type { MutationArgs, MutationName } from '../../../shared/mutations/definitions';
import type { Repos } from '../db/repositories';
import type { Calendar } from '../../../shared/calendar';

import type { Actor, AuditImage, MutationPlanner } from '../../../shared/mutations/plan/planner';

export type { Actor, AuditImage } from '../../../shared/mutations/plan/planner';

export const SYSTEM_ACTOR: Actor = {
  id: 'system',
  roles: [],
  officeId: null,
  system: true,
};

export type MutationCtx = {
  repos: Repos;
  actor: Actor;
  nowIso: string;
  today: string;
  hlc: string;
  newId: () => string;
  clientShortId: string;
  /** Marks a case whose derived projections (deadlines) must be refreshed before the transaction commits. */
  caseChanged: (caseId: string) => void;
  /** The mutation references this attachment: it must reach the server before the mutation does (sync §2.5). */
  blobDep: (sha256: string) => void;
  hasBlob: (sha256: string) => boolean;
  /** For mutations whose rules need the working calendar (AB角 checks). */
  calendar?: () => Calendar;
};

/**
 * A mutation on the desktop: `prepare` (ids, numbers from local counters) and either the shared planner
 * (issue 11 item 2: the same pure step the server re-runs) or, for mutations not yet split, a repository
 * `apply`.
 */
export type MutatorImpl<N extends MutationName, R> = PlannedMutator<N, R> | RepoMutator<N, R>;

export type PlannedMutator<N extends MutationName, R> = {
  prepare: (args: MutationArgs<N>, ctx: MutationCtx) => MutationArgs<N>;
  planner: MutationPlanner<N, R>;
  caseOf?: undefined;
  apply?: undefined;
};

export type RepoMutator<N extends MutationName, R> = {
  planner?: undefined;
  /**
   * The existing case this mutation writes to, if any. The runner refuses every such write to a voided case
   * (作废) before `apply`, unless `allowOnVoidedCase` — only 恢复 may touch a voided case.
   */
  caseOf?: (args: MutationArgs<N>, ctx: MutationCtx) => string | null;
  allowOnVoidedCase?: true;
  /** Fill in every id and derived value the write needs, so the outbox args replay identically. */
  prepare: (args: MutationArgs<N>, ctx: MutationCtx) => MutationArgs<N>;
  apply: (args: MutationArgs<N>, ctx: MutationCtx) => { result: R; audit: AuditImage };
};
