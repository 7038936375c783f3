import { foldEvents } from '../../../shared/procedure/machine';
import type { ProcedureState } from '../../../shared/procedure/procedure-state';
import { AppFailure } from '../../../shared/result';
import type { CaseKind } from '../../../shared/domain/reference-data';
import type { MutationCtx } from './types';

export type LoadedCase = {
  row: Record<string, unknown>;
  state: ProcedureState;
  officeId: string;
  kind: CaseKind;
};

/** The case row and its procedure state, folded from the event log (the log is the source of truth). */
export function loadCase(ctx: MutationCtx, caseId: string): LoadedCase {
  const row = ctx.repos.cases.getRow(caseId);
  if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
  const kind = row['kind'] as CaseKind;
  // The original receipt date starts the fold; a completed 补正 in the log moves it forward again.
  const basics = {
    kind,
    receivedDate: firstReceipt(ctx, caseId, row),
    isCollective: row['is_collective'] === 1,
  };
  return {
    row,
    state: foldEvents(basics, ctx.repos.events.listForFold(caseId)),
    officeId: row['office_id'] as string,
    kind,
  };
}

function firstReceipt(ctx: MutationCtx, caseId: string, row: Record<string, unknown>): string {
  const first = ctx.repos.events
    .listForFold(caseId)
    .find((e) => e.type === 'case.received' || e.type === 'case.imported');
  return first?.occurredOn ?? (row['received_date'] as string);
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
