import { foldEvents, type FoldableEvent } from '../../../shared/procedure/machine';
import { liveReceipt } from '../../../shared/procedure/live-log';
import type { ProcedureState } from '../../../shared/procedure/procedure-state';
import { AppFailure } from '../../../shared/result';
import type { CaseKind } from '../../../shared/domain/reference-data';
import type { MutationCtx } from './types';
import type { CaseRow } from '../db/repositories/case.repo';

export type LoadedCase = {
  row: CaseRow;
  state: ProcedureState;
  officeId: string;
  kind: CaseKind;
};

/** The case row and its procedure state, folded from the event log (the log is the source of truth). */
export function loadCase(ctx: MutationCtx, caseId: string): LoadedCase {
  const row = ctx.repos.cases.get(caseId);
  if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
  return {
    row,
    state: foldCaseRow(row, ctx.repos.events.listForFold(caseId)),
    officeId: row.officeId,
    kind: row.kind,
  };
}

/**
 * A case's procedure state from its row and its log — the one fold the mutations, the procedure panel and the
 * documents share. The receipt in force (the original, or the event a 收件日期 correction put in its place)
 * starts the fold; a completed 补正 in the log moves it forward again.
 */
export function foldCaseRow(row: CaseRow, events: readonly FoldableEvent[]): ProcedureState {
  const receipt = liveReceipt(events);
  return foldEvents(
    {
      kind: row.kind,
      receivedDate: receipt?.occurredOn ?? row.receivedDate,
      isCollective: row.isCollective,
    },
    events,
  );
}

/** Writes the folded state's projection onto the case row, so lists and filters stay plain SQL. */
export function projectCase(ctx: MutationCtx, caseId: string, state: ProcedureState): void {
  ctx.repos.cases.updateProcedure(
    caseId,
    {
      status: state.status,
      outcome: state.outcome,
      receivedDate: state.receivedOn,
      acceptedDate: state.acceptedOn,
      closedDate: state.closedOn,
      archivedDate: state.archivedOn,
      isSimple: state.isSimple,
    },
    ctx.nowIso,
  );
  ctx.caseChanged(caseId);
}
