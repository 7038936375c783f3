import type { MutationName } from '../definitions';
import type { MutationPlanner } from '../plan/planner';
import { planCorrectCase } from './case-correct';
import { planPerformAction } from './case-perform-action';
import { planRecordDocument } from './documents';
import { planSaveSheet } from './element-sheet';
import { planConfirmHandover } from './case-assign';
import { planAssignCase } from './assign-handlers';
import { planAssignClerk } from './case-assign-clerk';
import { planRestoreCase, planVoidCase } from './case-void';
import { planVoidEvent } from './case-void-event';
import { planReviewOverride } from './case-review-override';
import { planImportCase, planRegisterCase } from './case-register';
import { planTransferToArbitration } from './case-transfer';
import { planCreateOffice, planCreateStaff, planInitializeSetup } from './office-staff';
import { planSetSetting } from './settings-set';
import { planResolveConflict } from './conflict-resolve';
import { planDeclareRelationship, planRecordLeave } from './staff-leave';
import { planRecordSignInRefusal, planUpgradePasswordHash } from './staff-password';

/**
 * The mutations split into a pure planner (issue 11 item 2). The desktop runs these through its SQLite port;
 * the server re-runs the same planner over its own rows for every push, so what it stores is derived by this
 * code from the args and the server's truth — never taken from the pushed rows.
 */
export const PLANNERS: { [N in MutationName]: MutationPlanner<N, unknown> } = {
  'staff.recordLeave': planRecordLeave,
  'staff.declareRelationship': planDeclareRelationship,
  'case.correct': planCorrectCase,
  'case.performAction': planPerformAction,
  'documents.record': planRecordDocument,
  'elements.saveSheet': planSaveSheet,
  'case.assign': planAssignCase,
  'case.confirmHandover': planConfirmHandover,
  'case.assignClerk': planAssignClerk,
  'case.void': planVoidCase,
  'case.restore': planRestoreCase,
  'case.voidEvent': planVoidEvent,
  'case.reviewOverride': planReviewOverride,
  'case.register': planRegisterCase,
  'case.importHistorical': planImportCase,
  'case.transferToArbitration': planTransferToArbitration,
  'office.create': planCreateOffice,
  'staff.create': planCreateStaff,
  'setup.initialize': planInitializeSetup,
  'settings.set': planSetSetting,
  'conflict.resolve': planResolveConflict,
  'staff.upgradePasswordHash': planUpgradePasswordHash,
  'staff.recordSignInRefusal': planRecordSignInRefusal,
};
