import type { MutationArgs, MutationName } from '../../../shared/mutations/definitions';
import type { StaffRole } from '../../../shared/domain/reference-data';
import type { Repos } from '../db/repositories';
import type { Calendar } from '../../../shared/calendar';
import type { SyncEntity } from '../../../shared/sync/entities';

/** Who performs a mutation. `system` exists only for first-start setup, before any account does. */
export type Actor = {
  id: string;
  roles: readonly StaffRole[];
  officeId: string | null;
  system?: true;
};

export const SYSTEM_ACTOR: Actor = {
  id: 'system',
  roles: [],
  officeId: null,
  system: true,
};

/** The audit image of one mutation: which entity it is about and that entity's state before and after. */
export type AuditImage = {
  entity: SyncEntity;
  entityId: string;
  caseId: string | null;
  officeId: string | null;
  before: unknown;
  after: unknown;
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

export type MutatorImpl<N extends MutationName, R> = {
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
