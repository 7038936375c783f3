import { actionById, applyEvent, checkAction, type FoldableEvent } from './machine';
import { liveLog, RECEIPT_EVENT_TYPES } from './live-log';
import { initialState, type CaseBasics } from './procedure-state';

/** Steps whose effect reaches beyond this case's own log: voiding them would leave the other case dangling. */
const NOT_VOIDABLE: Record<string, string> = {
  'med.transferred': '转仲裁已生成仲裁案件，不能作废；如仲裁案件登记有误，请作废该仲裁案件',
};

/**
 * Why an event of this type can never be voided, or null when it can (subject to the later-step check): the
 * receipt is corrected, not voided; informational events (corrections, voids) are not steps.
 */
export function voidRefusal(type: string): string | null {
  if (RECEIPT_EVENT_TYPES.includes(type))
    return '收件登记不能作废：收件日期有误请“更正”案件信息，整件案件登记有误请“作废案件”';
  if (actionById(type) === undefined) return '只能作废送达记录或办案事项';
  return NOT_VOIDABLE[type] ?? null;
}

/** Which steps of a log the machine's guards refuse when the log is replayed in order (id → reason). */
function refusedSteps(basics: CaseBasics, log: readonly FoldableEvent[]): Map<string, string> {
  const refused = new Map<string, string>();
  let s = initialState(basics);
  for (const e of log) {
    const action = actionById(e.type);
    if (action !== undefined && e.id !== undefined) {
      const parsed = action.payload.safeParse(e.payload);
      // The step was recorded by someone allowed to; only the procedure's own conditions are re-checked.
      const check = checkAction(
        s,
        action,
        action.roles,
        parsed.success ? parsed.data : e.payload,
        e.occurredOn,
      );
      if (!check.ok) refused.set(e.id, check.reason);
    }
    s = applyEvent(s, e);
  }
  return refused;
}

export type BrokenStep = { eventId: string; type: string; label: string; occurredOn: string; reason: string };

/**
 * Voiding a step must not leave a later step illegal (e.g. voiding 受理 while a 送达 of the application copy
 * stands on it). Replays the live log without the voided event through the machine's guards and returns the
 * first later step that the void alone makes illegal — a step the guards already refused before (a back-dated
 * record the machine allows) is not blamed on the void. Null when the void leaves the log legal.
 */
export function stepBrokenByVoid(
  basics: CaseBasics,
  events: readonly FoldableEvent[],
  voidedId: string,
): BrokenStep | null {
  const live = liveLog(events);
  const at = live.findIndex((e) => e.id === voidedId);
  if (at < 0) return null;
  const without = [...live.slice(0, at), ...live.slice(at + 1)];
  const before = refusedSteps(basics, live);
  const after = refusedSteps(basics, without);
  for (const e of without.slice(at)) {
    const reason = e.id === undefined ? undefined : after.get(e.id);
    if (reason !== undefined && e.id !== undefined && !before.has(e.id))
      return {
        eventId: e.id,
        type: e.type,
        label: actionById(e.type)?.label ?? e.type,
        occurredOn: e.occurredOn,
        reason,
      };
  }
  return null;
}
