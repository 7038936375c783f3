import type { CaseStatus } from '../domain/case/case-status';
import type { CaseKind } from '../domain/reference-data';
import type { CaseOutcome } from './outcomes';

/** One procedural event as the engine sees it: a type, the day it happened, and what was recorded with it. */
export type ProcedureEvent = {
  type: string;
  occurredOn: string;
  payload: Record<string, unknown>;
};

export type Tribunal = {
  mode: 'sole' | 'panel';
  presidingId: string;
  memberIds: string[];
  composedOn: string;
};

/**
 * Where a case stands, derived by folding its append-only event log (reference §1). Nothing here is stored
 * separately: the case row's status is a cached projection of this, written in the same transaction.
 */
export type ProcedureState = {
  kind: CaseKind;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  /** The receipt date that counts: reset by a completed 补正 (办案规则 art 46(2)). */
  receivedOn: string;
  /** T0 for arbitration; acceptance of the mediation application for mediation. */
  acceptedOn: string | null;
  closedOn: string | null;
  archivedOn: string | null;
  isCollective: boolean;
  isSimple: boolean;
  correctionPending: boolean;
  representativesElected: boolean;
  copyServedOn: string | null;
  defenceFiledOn: string | null;
  counterclaim: 'none' | 'filed' | 'merged' | 'separate';
  tribunal: Tribunal | null;
  tribunalNotifiedOn: string | null;
  recusalPending: boolean;
  evidenceDeadline: string | null;
  hearingDate: string | null;
  /** The day the current hearing date was set (scheduled or postponed to it): a notice for it comes after. */
  hearingSetOn: string | null;
  hearingNoticeServedOn: string | null;
  hearingHeld: boolean;
  postponementRequested: boolean;
  suspendedSince: string | null;
  suspensions: { from: string; to: string | null }[];
  extensionDays: number;
  partialAwards: number;
  /** The first 裁决 of any kind (先行裁决, 先予执行, the award itself): a 裁决书 can be served from then on. */
  firstAwardOn: string | null;
  mediationSessions: number;
  agreementOn: string | null;
  agreementPerformed: boolean;
  transferredToCaseId: string | null;
  lastEventOn: string | null;
};

export type CaseBasics = {
  kind: CaseKind;
  receivedDate: string;
  isCollective: boolean;
};

export function initialState(c: CaseBasics): ProcedureState {
  return {
    kind: c.kind,
    status: 'received',
    outcome: null,
    receivedOn: c.receivedDate,
    acceptedOn: null,
    closedOn: null,
    archivedOn: null,
    isCollective: c.isCollective,
    isSimple: false,
    correctionPending: false,
    representativesElected: false,
    copyServedOn: null,
    defenceFiledOn: null,
    counterclaim: 'none',
    tribunal: null,
    tribunalNotifiedOn: null,
    recusalPending: false,
    evidenceDeadline: null,
    hearingDate: null,
    hearingSetOn: null,
    hearingNoticeServedOn: null,
    hearingHeld: false,
    postponementRequested: false,
    suspendedSince: null,
    suspensions: [],
    extensionDays: 0,
    partialAwards: 0,
    firstAwardOn: null,
    mediationSessions: 0,
    agreementOn: null,
    agreementPerformed: false,
    transferredToCaseId: null,
    lastEventOn: null,
  };
}
