import type { Db } from '../connection';
import { createAuditRepo } from './audit.repo';
import { createBlobQueueRepo } from './blob-queue.repo';
import { createAssignmentRepo } from './assignment.repo';
import { createAssignmentInputsRepo } from './assignment-inputs.repo';
import { createCaseQueryRepo } from './case-query.repo';
import { createCaseRepo } from './case.repo';
import { createClaimRepo } from './claim.repo';
import { createDeadlineRepo } from './deadline.repo';
import { createDocumentRepo } from './document.repo';
import { createEventRepo } from './event.repo';
import { createFileCasesRepo } from './file-cases.repo';
import { createElementSheetRepo } from './element-sheet.repo';
import { createMetaRepo } from './meta.repo';
import { createOfficeRepo } from './office.repo';
import { createOutboxRepo } from './outbox.repo';
import { createPartyRepo } from './party.repo';
import { createSettingsRepo } from './settings.repo';
import { createStaffRepo } from './staff.repo';
import { createStatsRepo } from './stats.repo';
import { createChangeCapture } from '../sync/change-capture';
import { createRowWriter } from '../sync/row-writer';
import { createRebaseStore } from '../sync/rebase';
import { createSyncOutbox } from '../sync/sync-outbox';
import { createSqliteRowReader } from '../sync/sqlite-row-reader';
import { createRiskRepo } from './risk.repo';
import { createPlanWriter } from '../sync/plan-writer';

/**
 * All repositories over one connection; statements are prepared once here. Creating them also installs the
 * connection's change capture (TEMP triggers), so every write through any repository is recorded for sync.
 */
export function createRepos(db: Db) {
  const changeCapture = createChangeCapture(db);
  return {
    changeCapture,
    rowWriter: createRowWriter(db, changeCapture),
    rowReader: createSqliteRowReader(db),
    planWriter: createPlanWriter(db),
    rebase: createRebaseStore(db, changeCapture),
    syncOutbox: createSyncOutbox(db),
    assignments: createAssignmentRepo(db),
    assignmentInputs: createAssignmentInputsRepo(db),
    audit: createAuditRepo(db),
    blobQueue: createBlobQueueRepo(db),
    caseQuery: createCaseQueryRepo(db),
    cases: createCaseRepo(db),
    claims: createClaimRepo(db),
    deadlines: createDeadlineRepo(db),
    documents: createDocumentRepo(db),
    elementSheets: createElementSheetRepo(db),
    events: createEventRepo(db),
    fileCases: createFileCasesRepo(db),
    meta: createMetaRepo(db),
    offices: createOfficeRepo(db),
    outbox: createOutboxRepo(db),
    parties: createPartyRepo(db),
    risk: createRiskRepo(db),
    settings: createSettingsRepo(db),
    staff: createStaffRepo(db),
    stats: createStatsRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;
