import type { MutationName } from '../../../shared/mutations/definitions';
import { importCase } from './case-import';
import { performAction } from './case-perform-action';
import { registerCase } from './case-register';
import { transferToArbitration } from './case-transfer';
import { setSetting } from './settings-set';
import { saveElementSheet } from './elements-save-sheet';
import { recordDocument } from './documents-record';
import { declareRelationship, recordLeave } from './staff-leave';
import { assignCase, confirmHandover } from './case-assign';
import { assignClerk } from './case-assign-clerk';
import { createOffice } from './office-create';
import { initializeSetup } from './setup-initialize';
import { createStaff } from './staff-create';
import { correctCase } from './case-correct';
import { restoreCase, voidCase } from './case-void';
import { voidEvent } from './case-void-event';
import { reviewOverride } from './case-review-override';
import { resolveConflict } from './conflict-resolve';
import { recordSignInRefusal, upgradePasswordHash } from './staff-password';
import type { MutatorImpl } from './types';

/** One implementation per mutation name; a name without one does not compile. */
export const MUTATORS = {
  'office.create': createOffice,
  'staff.create': createStaff,
  'setup.initialize': initializeSetup,
  'case.register': registerCase,
  'case.importHistorical': importCase,
  'case.performAction': performAction,
  'case.transferToArbitration': transferToArbitration,
  'elements.saveSheet': saveElementSheet,
  'documents.record': recordDocument,
  'staff.recordLeave': recordLeave,
  'staff.declareRelationship': declareRelationship,
  'case.assign': assignCase,
  'case.confirmHandover': confirmHandover,
  'case.assignClerk': assignClerk,
  'settings.set': setSetting,
  'case.correct': correctCase,
  'case.void': voidCase,
  'case.restore': restoreCase,
  'case.voidEvent': voidEvent,
  'case.reviewOverride': reviewOverride,
  'conflict.resolve': resolveConflict,
  'staff.upgradePasswordHash': upgradePasswordHash,
  'staff.recordSignInRefusal': recordSignInRefusal,
} satisfies { [N in MutationName]: MutatorImpl<N, unknown> };

type ResultOf<M> = M extends { planner: { plan: (...a: never[]) => { result: infer R } } } ? R : never;
export type MutationResult<N extends MutationName> = ResultOf<(typeof MUTATORS)[N]>;
