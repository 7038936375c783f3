import type { MutationArgs, MutationName } from '../../../shared/mutations/definitions';
import type { Repos } from '../db/repositories';

import type { Actor, MutationPlanner } from '../../../shared/mutations/plan/planner';

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
};

/**
 * A mutation on the desktop: `prepare` (ids, numbers from local counters, so the outbox args replay
 * identically) and the shared planner (issue 11 item 2: the same pure step the server re-runs on every push).
 */
export type MutatorImpl<N extends MutationName, R> = {
  prepare: (args: MutationArgs<N>, ctx: MutationCtx) => MutationArgs<N>;
  planner: MutationPlanner<N, R>;
};
/** The name the split mutators use. */
export type PlannedMutator<N extends MutationName, R> = MutatorImpl<N, R>;
