import type { FoldableEvent } from '../../../shared/procedure/machine';
import type { ProcedureState } from '../../../shared/procedure/procedure-state';
import { foldCase } from '../../../shared/mutations/plan/case-log';
import type { CaseRow } from '../db/repositories/case.repo';

/**
 * A case's procedure state from its repository row and its log, for the readers (procedure panel, documents):
 * the same fold the planners use (shared/mutations/plan/case-log.ts).
 */
export function foldCaseRow(row: CaseRow, events: readonly FoldableEvent[]): ProcedureState {
  return foldCase(row, events);
}
