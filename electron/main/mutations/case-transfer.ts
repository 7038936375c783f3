import {
  planTransferToArbitration,
  type TransferResult,
} from '../../../shared/mutations/planners/case-transfer';
import { nextProvisionalNo } from './case-register';
import type { PlannedMutator } from './types';

export type { TransferResult } from '../../../shared/mutations/planners/case-transfer';

/**
 * 调解不成转仲裁 (shared/mutations/planners/case-transfer.ts). The new case's ids and its provisional number come
 * from this desktop; one id per party and claim of the mediation as it is now (the planner refuses the transfer
 * if they changed in between).
 */
export const transferToArbitration: PlannedMutator<'case.transferToArbitration', TransferResult> = {
  prepare(args, ctx) {
    const parties = ctx.repos.rowReader.list('party', { caseId: args.mediationCaseId });
    const claims = ctx.repos.rowReader.list('claim', { caseId: args.mediationCaseId });
    return {
      ...args,
      newCaseId: args.newCaseId ?? ctx.newId(),
      provisionalNo: args.provisionalNo ?? nextProvisionalNo(ctx),
      partyIds: args.partyIds ?? parties.map(() => ctx.newId()),
      claimIds: args.claimIds ?? claims.map(() => ctx.newId()),
      receivedEventId: args.receivedEventId ?? ctx.newId(),
      transferEventId: args.transferEventId ?? ctx.newId(),
    };
  },
  planner: planTransferToArbitration,
};
