import type { RegionalParam } from '../../domain/regional-params';
import type { ElementTemplate } from '../../elements';
import type { StaffRole } from '../../domain/reference-data';
import type { SyncEntity } from '../../sync/entities';
import type { MutationArgs, MutationName } from '../definitions';
import type { PlanStore } from './plan-store';
import type { RowReader } from './store-port';

/** Who performs a mutation. `system` exists only for first-start setup, before any account does. */
export type Actor = {
  id: string;
  roles: readonly StaffRole[];
  officeId: string | null;
  system?: true;
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

/**
 * What a planner may know besides the store: the author (roles read by the caller from its own staff rows),
 * the mutation's time stamp (fixed once on the author's device and kept by every re-application), and the
 * reference data the program ships. (The working calendar is read from rows: plan/rules-in-force.ts.)
 */
export type PlanCtx = {
  store: PlanStore;
  actor: Actor;
  nowIso: string;
  today: string;
  hlc: string;
  /** Reference data shipped with the program, not kept in rows (see PlanReference). */
  reference?: () => PlanReference;
  /** Whether an attachment this mutation references is present (the desktop checks its blob store). */
  hasBlob: (sha256: string) => boolean;
  /** The mutation references this attachment: it must reach the server before the mutation does. */
  blobDep: (sha256: string) => void;
};

/**
 * What the program ships besides code and a committee's settings fall back to: the element templates
 * (resources/elements) and the sample regional parameters (resources/regional-params). Both ends load the same
 * files, so a planner checking a 要素表 or an award's 终局 test decides the same on the desktop and the server.
 */
export type PlanReference = {
  shippedTemplates: readonly ElementTemplate[];
  sampleRegionalParams: readonly RegionalParam[];
  /** The shipped deadline rule set (resources/deadline-rules/default.json), as JSON. */
  deadlineRules: unknown;
};

/**
 * The pure half of a mutation (issue 11 item 2): from its prepared args and rows read through the port, the row
 * changes it makes (collected by the plan store), its result and its audit image. The desktop and the server
 * run the same planner; each applies the planned writes to its own store.
 */
export type MutationPlanner<N extends MutationName, R> = {
  /**
   * The existing case this mutation writes to, if any. Both ends refuse every such write to a voided case (作废)
   * before planning, unless `allowOnVoidedCase` — only 恢复 may touch a voided case.
   */
  caseOf?: (args: MutationArgs<N>, read: RowReader) => string | null;
  allowOnVoidedCase?: true;
  plan: (args: MutationArgs<N>, ctx: PlanCtx) => { result: R; audit: AuditImage };
};
