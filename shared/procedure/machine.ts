import type { StaffRole } from '../domain/reference-data';
import { hasAnyRole } from '../domain/staff/who-may';
import { CASE_STATUS_CODES, type CaseStatus } from '../domain/case/case-status';
import type { ProcedureAction } from './action-types';
import { ARBITRATION_CLOSING_ACTIONS } from './arbitration-closing-actions';
import { ARBITRATION_HEARING_ACTIONS } from './arbitration-hearing-actions';
import { ARBITRATION_INTAKE_ACTIONS } from './arbitration-intake-actions';
import { MEDIATION_ACTIONS } from './mediation-actions';
import { CASE_OUTCOME_CODES, type CaseOutcome } from './outcomes';
import { initialState, type CaseBasics, type ProcedureEvent, type ProcedureState } from './procedure-state';
import { roleReason } from './role-reason';
import { serviceRecord } from './service';
import { liveLog } from './live-log';

/** Every legal step, in the order a person would look for them, each with its own payload type and literal id. */
const CATALOG = [
  ...MEDIATION_ACTIONS,
  ...ARBITRATION_INTAKE_ACTIONS,
  serviceRecord,
  ...ARBITRATION_HEARING_ACTIONS,
  ...ARBITRATION_CLOSING_ACTIONS,
] as const;

/**
 * The id of every action in the catalog, as a literal union. Tables keyed by action (the renderer's action→form
 * table) are typed `Record<ActionId, …>`, so a new action without an entry, or an entry for a removed one, does not
 * compile.
 */
export type ActionId = (typeof CATALOG)[number]['id'];

/** Every legal step, in the order a person would look for them. */
export const ACTIONS: readonly ProcedureAction[] = CATALOG;

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));
export const actionById = (id: string): ProcedureAction | undefined => BY_ID.get(id);

export type FoldableEvent = ProcedureEvent & { id?: string; supersedesEventId?: string | null };

/**
 * The case's state after its events, in order. Events of types the engine does not know (a newer client's, or
 * purely informational ones) are skipped; corrections and voids are resolved by `liveLog` (sync §2.8).
 */
export function foldEvents(basics: CaseBasics, events: readonly FoldableEvent[]): ProcedureState {
  return liveLog(events).reduce(applyEvent, initialState(basics));
}

export function applyEvent(s: ProcedureState, e: ProcedureEvent): ProcedureState {
  if (e.type === 'case.imported') return applyImported(s, e);
  const action = BY_ID.get(e.type);
  if (!action) return s;
  const parsed = action.payload.safeParse(e.payload);
  const payload: unknown = parsed.success ? parsed.data : e.payload;
  return { ...action.reduce(s, { ...e, payload: payload as never }), lastEventOn: e.occurredOn };
}

/** A case imported from a previous system arrives with its status and dates already decided. */
function applyImported(s: ProcedureState, e: ProcedureEvent): ProcedureState {
  const p = e.payload;
  const status = (CASE_STATUS_CODES as readonly string[]).includes(String(p['status']))
    ? (p['status'] as CaseStatus)
    : s.status;
  const outcome = (CASE_OUTCOME_CODES as readonly string[]).includes(String(p['outcome']))
    ? (p['outcome'] as CaseOutcome)
    : s.outcome;
  const str = (k: string) => (typeof p[k] === 'string' ? p[k] : null);
  return {
    ...s,
    status,
    outcome,
    acceptedOn: str('acceptedDate') ?? s.acceptedOn,
    closedOn: str('closedDate') ?? s.closedOn,
    suspendedSince: status === 'suspended' ? (str('acceptedDate') ?? e.occurredOn) : null,
    lastEventOn: e.occurredOn,
  };
}

export type ActionCheck = { ok: true } | { ok: false; reason: string };

/** Whether `roles` may take `action` now; the reason names the missing condition when not. */
export function checkAction(
  s: ProcedureState,
  action: ProcedureAction,
  roles: readonly StaffRole[],
  payload: unknown,
  occurredOn: string,
): ActionCheck {
  if (!action.kinds.includes(s.kind))
    return { ok: false, reason: `“${action.label}”不适用于${s.kind === 'mediation' ? '调解' : '仲裁'}案件` };
  if (!hasAnyRole(roles, action.roles))
    return { ok: false, reason: `您的角色不能办理“${action.label}”：${roleReason(action)}` };
  if (occurredOn < s.receivedOn && action.id !== 'case.archived')
    return { ok: false, reason: '日期不能早于收件日期' };
  if (s.lastEventOn !== null && occurredOn < s.lastEventOn && !['service.record'].includes(action.id))
    return { ok: false, reason: `日期不能早于上一办案事项的日期（${s.lastEventOn}）` };
  const reason = action.guard(s, payload, occurredOn);
  return reason === null ? { ok: true } : { ok: false, reason };
}

/**
 * The actions legal now, whoever takes them. A payload-independent check: guards are called with an empty payload,
 * so actions whose legality depends on the entered values are re-checked on submit.
 */
function legalActions(s: ProcedureState, today: string): ProcedureAction[] {
  return ACTIONS.filter((a) => {
    if (!a.kinds.includes(s.kind)) return false;
    try {
      return a.guard(s, {}, today) === null;
    } catch {
      return false;
    }
  });
}

/** The actions legal now for these roles — what the UI offers. */
export function availableActions(
  s: ProcedureState,
  roles: readonly StaffRole[],
  today: string,
): ProcedureAction[] {
  return legalActions(s, today).filter((a) => hasAnyRole(roles, a.roles));
}

/**
 * The actions legal now that these roles may not take, each with who may ('需由仲裁员或主任办理'): the UI shows
 * them disabled with that reason rather than hiding them. case.performAction refuses them all the same.
 */
export function actionsForOtherRoles(
  s: ProcedureState,
  roles: readonly StaffRole[],
  today: string,
): Array<{ action: ProcedureAction; reason: string }> {
  return legalActions(s, today)
    .filter((a) => !hasAnyRole(roles, a.roles))
    .map((action) => ({ action, reason: roleReason(action) }));
}
