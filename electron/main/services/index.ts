import type { Db } from '../db/connection';
import { createRepos } from '../db/repositories';
import { bringSearchTextUpToDate } from '../db/search-text-version';
import { createMutationRunner } from '../mutations/run-mutation';
import { uuidv7 } from '../../../shared/util/uuid';
import type { BlobStore } from '../blobs/blob-store';
import type { ShellPort } from '../ports';
import { createDocumentService } from '../documents/document-service';
import { createBatchJobs } from '../documents/batch-jobs';
import { createAuthService } from './auth-service';
import { createCalendarService, type CalendarService } from './calendar-service';
import { createDeadlineService, type DeadlineService } from './deadline-service';
import { createProcedureService } from './procedure-service';
import { createClaimSynonymsService } from './claim-synonyms-service';
import { createLimitationService } from './limitation-service';
import { createAttachmentService } from './attachment-service';
import { createElementsService } from './elements-service';
import { createAssignmentService } from './assignment-service';
import { createCaseService } from './case-service';
import { createCorrectionService } from './correction-service';
import { createDemoService } from './demo-service';
import { createSetupService } from './setup-service';
import { createStaffService } from './staff-service';
import { createStandaloneSyncService } from '../sync/standalone-sync-service';
import type { SyncService } from '../sync/sync-service';
import type { Repos } from '../db/repositories';
import { createDerivedRefresh } from './derived-refresh';

export type ServiceDeps = {
  now?: () => number;
  newId?: () => string;
  blobs?: BlobStore;
  exportsDir?: string;
  shell?: ShellPort;
  /** The sync facade over this database; without it the desktop is standalone (no central server). */
  sync?: (parts: { db: Db; repos: Repos; now: () => number }) => SyncService;
};

/** Wires repositories, the mutation runner and the services over one open, migrated database. */
export function createBaseServices(db: Db, deps: ServiceDeps = {}) {
  const repos = createRepos(db);
  let clientId = repos.meta.get('client_id');
  if (clientId === null) {
    clientId = uuidv7();
    repos.meta.set('client_id', clientId);
  }
  bringSearchTextUpToDate(db, repos);
  const now = deps.now ?? Date.now;
  // The deadline projection is refreshed inside the mutation that changed the case (same transaction).
  const projection: { deadlines?: DeadlineService; calendar?: CalendarService } = {};
  const mutations = createMutationRunner({
    db,
    repos,
    clientId,
    now,
    newId: deps.newId ?? (() => uuidv7()),
    onCasesChanged: (ids) => projection.deadlines?.refresh(ids),
    hasBlob: (sha) => deps.blobs?.has(sha) ?? false,
    calendar: () => {
      if (!projection.calendar) throw new Error('calendar not ready');
      return projection.calendar.current();
    },
  });
  const calendar = createCalendarService(repos, mutations, now);
  projection.calendar = calendar;
  const deadlines = createDeadlineService(db, repos, calendar.current, now);
  projection.deadlines = deadlines;
  deadlines.bringProjectionUpToDate();
  const limitation = createLimitationService(calendar.current);
  const demo = createDemoService(repos, mutations, deps.newId ?? (() => uuidv7()), now);
  return {
    repos,
    mutations,
    auth: createAuthService(repos),
    cases: createCaseService(repos, mutations),
    corrections: createCorrectionService(repos, mutations),
    staff: createStaffService(repos, mutations),
    setup: createSetupService(repos, mutations, demo),
    demo,
    calendar,
    deadlines,
    /** For the sync code: rebuild search text, 案由 index and deadlines after writing pulled rows. */
    derived: createDerivedRefresh(repos, deadlines),
    limitation,
    procedure: createProcedureService(repos, mutations, limitation, now),
    attachments: createAttachmentService(repos, deps.blobs),
    elements: createElementsService(repos, mutations, limitation),
    assignment: createAssignmentService(repos, mutations, calendar.current, now),
    claimSynonyms: createClaimSynonymsService(repos, mutations),
    sync: deps.sync?.({ db, repos, now }) ?? createStandaloneSyncService(repos),
  };
}
export type Services = ReturnType<typeof createBaseServices>;

/** The base services plus document generation, which reads through all of them. */
export function createServices(db: Db, deps: ServiceDeps & { blobs: BlobStore; exportsDir: string }) {
  const base = createBaseServices(db, deps);
  const documents = createDocumentService(base, deps.blobs, deps.now);
  return {
    ...base,
    documents,
    batch: createBatchJobs(documents, deps.exportsDir, deps.now),
    shell: deps.shell ?? null,
  };
}
export type AppServices = ReturnType<typeof createServices>;
