import { actionById, checkAction, foldEvents, type FoldableEvent } from '../../shared/procedure/machine';
import { liveReceipt } from '../../shared/procedure/live-log';
import type { MutationName } from '../../shared/mutations/definitions';
import type { StaffRole } from '../../shared/domain/reference-data';
import type { CaseKind } from '../../shared/domain/reference-data';
import type { Queryable } from '../db/types';
import { getRow, listCaseRows } from './rows';

/**
 * Procedure legality on the server (reference §1): a pushed procedural step must be allowed by the state
 * machine as folded from the server's own copy of the case's log — the same fold and guard the desktop ran.
 * A step that was legal on a desktop but is not against the server's log (another desktop closed the case
 * meanwhile) is rejected with the machine's own Chinese reason. Returns null when legal.
 */
export async function checkProcedure(
  q: Queryable,
  name: MutationName,
  args: unknown,
  roles: readonly StaffRole[],
): Promise<string | null> {
  if (name !== 'case.performAction') return null;
  const a = args as { caseId: string; action: string; occurredOn: string; payload: Record<string, unknown> };
  const action = actionById(a.action);
  if (action === undefined) return `未知的办案事项：${a.action}`;
  if (!action.payload.safeParse(a.payload).success) return `“${action.label}”的办理内容不完整或格式不正确`;
  const caseRow = await getRow(q, 'case', a.caseId);
  if (caseRow === null || caseRow.data === null) return null; // created by this push: nothing to fold against
  const events = (await listCaseRows(q, a.caseId, 'event'))
    .filter((e) => e.deleted === null && e.data !== null)
    .map((e) => e.data as Record<string, unknown>)
    .map((d): FoldableEvent & { recordedAt: string } => ({
      id: String(d['id']),
      type: String(d['type']),
      occurredOn: String(d['occurredOn']),
      payload: (d['payload'] ?? {}) as Record<string, unknown>,
      supersedesEventId: (d['supersedesEventId'] as string | null) ?? null,
      recordedAt: typeof d['recordedAt'] === 'string' ? d['recordedAt'] : '',
    }))
    .sort(
      (x, y) =>
        cmp(x.occurredOn, y.occurredOn) || cmp(x.recordedAt, y.recordedAt) || cmp(x.id ?? '', y.id ?? ''),
    );
  const c = caseRow.data;
  const receipt = liveReceipt(events);
  const state = foldEvents(
    {
      kind: c['kind'] as CaseKind,
      receivedDate: receipt?.occurredOn ?? String(c['receivedDate']),
      isCollective: c['isCollective'] === true,
    },
    events,
  );
  const check = checkAction(state, action, roles, a.payload, a.occurredOn);
  return check.ok ? null : check.reason;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
