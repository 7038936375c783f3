import { planSaveSheet } from '../../../shared/mutations/planners/element-sheet';
import type { PlannedMutator } from './types';

/** A sheet already saved for this case, template and side keeps its id; a new one gets a fresh id. */
export const saveElementSheet: PlannedMutator<'elements.saveSheet', { id: string }> = {
  prepare(args, ctx) {
    const existing = ctx.repos.elementSheets.find(args.caseId, args.templateId, args.side);
    return { ...args, sheetId: existing?.id ?? args.sheetId ?? ctx.newId() };
  },
  planner: planSaveSheet,
};
