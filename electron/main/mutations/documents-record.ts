import { planRecordDocument } from '../../../shared/mutations/planners/documents';
import type { PlannedMutator } from './types';

/** The next version of this document (template and options) on this desktop, fixed in the args. */
export const recordDocument: PlannedMutator<'documents.record', { id: string; version: number }> = {
  prepare(args, ctx) {
    const last = ctx.repos.documents.latest(args.caseId, args.templateId, args.options);
    return { ...args, id: args.id ?? ctx.newId(), version: args.version ?? (last?.version ?? 0) + 1 };
  },
  planner: planRecordDocument,
};
