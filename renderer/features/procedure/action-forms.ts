import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import type { ActionId } from '../../../shared/procedure/machine';
import type { PayloadFields, PayloadKey } from './action-form-types';
import { blankAwardRow, defaultAwardSummary, initialAwardRows } from './award-form';

/** The payload shapes the UI has a form for; several actions share one (e.g. every 说明理由 step). */
export type FormKind =
  | 'note'
  | 'reasons'
  | 'accept'
  | 'items'
  | 'tribunal'
  | 'hearing'
  | 'postponement'
  | 'suspension'
  | 'extension'
  | 'award'
  | 'service'
  | 'evidencePeriod'
  | 'claims'
  | 'counterclaimDecision'
  | 'recusalRequest'
  | 'recusalDecision'
  | 'partyAdded'
  | 'session'
  | 'agreement'
  | 'terms'
  | 'representatives'
  | 'referral'
  | 'archive'
  | 'attendance'
  | 'unknown';

/** The actions offered as a plain step with a form: every catalog action but 调解不成转仲裁 (TRANSFER_ACTION). */
type StepActionId = Exclude<ActionId, typeof TRANSFER_ACTION>;

/** Typed by the catalog: a new action without a form, or a form for an id the catalog no longer has, fails to compile. */
const KIND_BY_ACTION: Readonly<Record<StepActionId, FormKind>> = {
  'med.accept': 'note',
  'med.withdrawn': 'note',
  'med.performed': 'note',
  'med.paymentOrder': 'note',
  'med.jointReview': 'note',
  'arb.correctionCompleted': 'note',
  'arb.defenceFiled': 'note',
  'arb.resumed': 'note',
  'med.notAccepted': 'reasons',
  'med.failed': 'reasons',
  'arb.notAccepted': 'reasons',
  'arb.convertToGeneral': 'reasons',
  'arb.postponementRequested': 'reasons',
  'arb.withdrawn': 'reasons',
  'arb.deemedWithdrawn': 'reasons',
  'arb.terminated': 'reasons',
  'med.session': 'session',
  'med.agreement': 'agreement',
  'arb.mediated': 'terms',
  'arb.requestCorrection': 'items',
  'arb.provisionalExecution': 'items',
  'arb.accept': 'accept',
  'arb.referred': 'referral',
  'arb.electRepresentatives': 'representatives',
  'arb.counterclaimFiled': 'claims',
  'arb.claimsAmended': 'claims',
  'arb.counterclaimDecided': 'counterclaimDecision',
  'arb.composeTribunal': 'tribunal',
  'arb.recusalRequested': 'recusalRequest',
  'arb.recusalDecided': 'recusalDecision',
  'arb.evidencePeriod': 'evidencePeriod',
  'arb.partyAdded': 'partyAdded',
  'arb.hearingScheduled': 'hearing',
  'arb.hearingPostponed': 'postponement',
  'arb.hearingHeld': 'attendance',
  'arb.awarded': 'award',
  'arb.partialAward': 'award',
  'arb.suspended': 'suspension',
  'arb.extended': 'extension',
  'case.archived': 'archive',
  'service.record': 'service',
};

const isStepAction = (id: string): id is StepActionId => Object.hasOwn(KIND_BY_ACTION, id);

/** The form of an action offered by main (its id is a plain string there); 'unknown' for an id this build lacks. */
export const formKindOf = (actionId: string): FormKind =>
  isStepAction(actionId) ? KIND_BY_ACTION[actionId] : 'unknown';

/** `actionId === action`, with `action` checked against the catalog, so a renamed action fails to compile. */
export const isAction = (actionId: string, action: ActionId): boolean => actionId === action;

/** The payload keys each form shows, so a server issue at `payload.<key>` can be put under its field. */
export const FORM_FIELDS: Readonly<Record<FormKind, readonly PayloadKey[]>> = {
  note: ['note'],
  reasons: ['reasons'],
  accept: ['simple', 'note'],
  items: ['items'],
  tribunal: ['mode', 'presidingId', 'memberIds'],
  hearing: ['hearingDate', 'time', 'place'],
  postponement: ['hearingDate', 'time', 'place', 'reasons'],
  suspension: ['reason', 'approvedBy'],
  extension: ['days', 'approvedBy', 'reasons'],
  award: ['awardItems', 'summary', 'minWage', 'confirmed'],
  service: [
    'document',
    'addressee',
    'addresseeRole',
    'method',
    'sentOn',
    'servedOn',
    'publishedOn',
    'evidence',
    'evidenceFile',
    'serverId',
  ],
  evidencePeriod: ['until'],
  claims: ['claims'],
  counterclaimDecision: ['merged', 'note'],
  recusalRequest: ['arbitratorId', 'grounds'],
  recusalDecision: ['granted', 'reasons'],
  partyAdded: ['name', 'role'],
  session: ['summary'],
  agreement: ['terms', 'performBy'],
  terms: ['terms'],
  representatives: ['names'],
  referral: ['competentCommittee'],
  archive: ['volumeNo'],
  attendance: ['attendance'],
  unknown: [],
};

/** Starting values: today for dates the clerk usually enters the same day, 09:00 for a hearing. */
export function defaultPayload(
  kind: FormKind,
  today: string,
  isSimple: boolean,
  known: { claims?: readonly Claim[]; me?: string | null } = {},
): PayloadFields {
  switch (kind) {
    case 'note':
      return { note: '' };
    case 'reasons':
      return { reasons: '' };
    case 'accept':
      return { simple: false, note: '' };
    case 'items':
      return { items: '' };
    case 'tribunal':
      return { mode: isSimple ? 'sole' : 'panel', presidingId: '', memberIds: [] };
    case 'hearing':
      return { hearingDate: undefined, time: '09:00', place: '' };
    case 'postponement':
      return { hearingDate: undefined, time: '09:00', place: '', reasons: '' };
    case 'suspension':
      return { reason: undefined, approvedBy: '' };
    case 'extension':
      return { days: undefined, approvedBy: '', reasons: '' };
    case 'award': {
      const rows = initialAwardRows(known.claims ?? []);
      return {
        awardItems: rows.length > 0 ? rows : [blankAwardRow()],
        summary: defaultAwardSummary(rows),
        minWage: undefined,
        confirmed: false,
      };
    }
    case 'service':
      return {
        document: undefined,
        addressee: '',
        addresseeRole: undefined,
        method: undefined,
        sentOn: today,
        servedOn: undefined,
        publishedOn: undefined,
        evidence: '',
        evidenceFile: undefined,
        serverId: known.me ?? undefined,
      };
    case 'evidencePeriod':
      return { until: undefined };
    case 'claims':
      return { claims: '' };
    case 'counterclaimDecision':
      return { merged: true, note: '' };
    case 'recusalRequest':
      return { arbitratorId: '', grounds: '' };
    case 'recusalDecision':
      return { granted: false, reasons: '' };
    case 'partyAdded':
      return { name: '', role: 'respondent' };
    case 'session':
      return { summary: '' };
    case 'agreement':
      return { terms: '', performBy: undefined };
    case 'terms':
      return { terms: '' };
    case 'representatives':
      return { names: ['', '', ''] };
    case 'referral':
      return { competentCommittee: '' };
    case 'archive':
      return { volumeNo: '' };
    case 'attendance':
      return { attendance: '' };
    case 'unknown':
      return {};
  }
}

/** `arb.accept` → `action-arb-accept`. */
export const actionTestId = (actionId: string): string => `action-${actionId.replace(/\./g, '-')}`;

/** 调解不成转仲裁 has its own button (it creates a case), so it is never offered as a plain step. */
export const TRANSFER_ACTION = 'med.transferred' satisfies ActionId;

export const offeredActions = (view: Pick<CaseProcedureView, 'available'>): CaseProcedureView['available'] =>
  view.available.filter((a) => a.id !== TRANSFER_ACTION);

/**
 * Whether to offer 调解不成转仲裁: a mediation case not yet transferred whose state and the user's roles allow it
 * (main lists `med.transferred` as available exactly when its guard passes: 调解不成, or an agreement not
 * performed, and the role may transfer).
 */
export const canTransfer = (view: Pick<CaseProcedureView, 'kind' | 'linkedCaseId' | 'available'>): boolean =>
  view.kind === 'mediation' &&
  view.linkedCaseId === null &&
  view.available.some((a) => a.id === TRANSFER_ACTION);

/**
 * Where a server issue belongs in the form: 'occurredOn', or `payload.<key>…` when the form shows `<key>`;
 * null when no field shows it (the modal's alert then lists it).
 */
export function issueFieldPath(path: string, kind: FormKind): string | null {
  if (path === 'occurredOn') return path;
  const m = /^payload\.([^.]+)/.exec(path);
  if (m?.[1] === undefined) return null;
  return (FORM_FIELDS[kind] as readonly string[]).includes(m[1]) ? path : null;
}
