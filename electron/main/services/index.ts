import type { Db } from '../db/connection';
import { createRepos } from '../db/repositories';
import { bringSearchTextUpToDate } from '../db/search-text-version';
import { createMutationRunner } from '../mutations/run-mutation';
import { newCompactId } from '../../../shared/util/compact-id';
import type { BlobStore } from '../blobs/blob-store';
import type { ShellPort } from '../ports';
import { createDocumentService } from '../documents/document-service';
import { createBatchJobs } from '../documents/batch-jobs';
import { createCourtBundleService } from '../documents/court-bundle';
import { createAuthService } from './auth-service';
import { createCalendarService } from './calendar-service';
import { createConflictService } from './conflict-service';
import { createAuditService } from './audit-service';
import { createDeadlineService, type DeadlineService } from './deadline-service';
import { createDeadlineWorkers, type DeadlineWorkerOptions } from './deadline-workers';
import { createProcedureService } from './procedure-service';
import { createClaimSynonymsService } from './claim-synonyms-service';
import { createLimitationService } from './limitation-service';
import { createAttachmentService } from './attachment-service';
import { createElementsService } from './elements-service';
import { createAssignmentService } from './assignment-service';
import { createCaseService } from './case-service';
import { createCorrectionService } from './correction-service';
import { createReviewService } from './review-service';
import { createRiskService } from './risk-service';
import { createIdleLockService } from './idle-lock-service';
import { createDemoService } from './demo-service';
import { createSetupService } from './setup-service';
import { createOfficeService } from './office-service';
import { createStaffService } from './staff-service';
import { createStatsService } from './stats-service';
import {
  createConnectedSyncService,
  type ConnectedSyncService,
  type EnrolFreshArgs,
} from '../sync/connected-sync-service';
import { APP_VERSION } from '../app-version';
import type { SyncService } from '../sync/sync-service';
import { createAdoptionService } from '../sync/adoption-service';
import type { Repos } from '../db/repositories';
import { createDerivedRefresh } from './derived-refresh';
import { writeBackup } from '../db/migrate';
import type { BackupService } from './backup-service';
import type { Logger } from '../logger';
import { nodePasswordHasher } from '../auth/password';
import type { ScryptParams } from '../../../shared/auth/password-hash';

/** Settings whose change moves deadlines: pulled from the centre, they trigger a recompute of open cases. */
const RECOMPUTING_SETTINGS: readonly string[] = ['calendar.years', 'deadline.rules'];

export type ServiceDeps = {
  now?: () => number;
  logger?: Logger;
  newId?: () => string;
  blobs?: BlobStore;
  exportsDir?: string;
  shell?: ShellPort;
  /** Replaces the sync service (tests); without it the desktop syncs when enrolled and is standalone otherwise. */
  sync?: (parts: { db: Db; repos: Repos; now: () => number }) => SyncService;
  /** How often an enrolled desktop syncs without a poke (default 30 s). */
  syncIntervalMs?: number;
  /** Where backups go (the data folder's backups/); a pull that removes many rows writes one there first. */
  backupDir?: string;
  /** Bytes per file-upload chunk (default 1 MiB; tests use a few bytes to see resuming). */
  blobChunkSize?: number;
  /** Parameters for new password hashes (default: today's, shared/auth/password-hash.ts); tests pass cheaper ones. */
  scryptParams?: ScryptParams;
  /** How a recompute of every open case uses worker threads (deadline-workers.ts); false keeps it on this thread. */
  deadlineWorkers?: DeadlineWorkerTuning | false;
  /** The open database's file and key, for worker threads' own connections: app-core passes them. */
  workerDb?: Pick<DeadlineWorkerOptions, 'file' | 'key' | 'nativeBinding'>;
};

type DeadlineWorkerTuning = Pick<
  DeadlineWorkerOptions,
  'threads' | 'minCases' | 'idleMs' | 'chunk' | 'script'
>;

/** Wires repositories, the mutation runner and the services over one open, migrated database. */
export function createBaseServices(db: Db, deps: ServiceDeps = {}) {
  const repos = createRepos(db);
  let clientId = repos.meta.get('client_id');
  if (clientId === null) {
    clientId = newCompactId();
    repos.meta.set('client_id', clientId);
  }
  bringSearchTextUpToDate(db, repos);
  const now = deps.now ?? Date.now;
  const passwords = nodePasswordHasher(deps.scryptParams);
  // The sync service is created after the runner it watches: local writes poke it through this holder.
  const afterWrite = { poke: (): void => undefined };
  // The deadline projection is refreshed inside the mutation that changed the case (same transaction).
  const projection: { deadlines?: DeadlineService } = {};
  const mutations = createMutationRunner({
    db,
    repos,
    clientId,
    now,
    newId: deps.newId ?? newCompactId,
    onCasesChanged: (ids) => projection.deadlines?.refresh(ids),
    hasBlob: (sha) => deps.blobs?.has(sha) ?? false,
    onCommitted: () => afterWrite.poke(),
  });
  const calendar = createCalendarService(repos, mutations, now);
  const workers =
    deps.workerDb !== undefined && deps.deadlineWorkers !== false
      ? createDeadlineWorkers({
          ...deps.workerDb,
          ...deps.deadlineWorkers,
          onFailure: (e) => deps.logger?.error(e, { where: 'deadlines.worker' }),
        })
      : null;
  const deadlines = createDeadlineService(db, repos, calendar.current, now, {
    workers,
    ...(deps.logger !== undefined ? { logger: deps.logger } : {}),
  });
  projection.deadlines = deadlines;
  deadlines.bringProjectionUpToDate();
  const limitation = createLimitationService(calendar.current);
  const demo = createDemoService(repos, mutations, deps.newId ?? newCompactId, now);
  const derived = createDerivedRefresh(repos, deadlines);
  const connected = deps.sync
    ? null
    : createConnectedSyncService({
        db,
        repos,
        mutations,
        refreshDerived: (ids) => derived.refreshDerived(ids),
        now,
        appVersion: APP_VERSION,
        // Reference data from the centre (issue 11 item 9): a new calendar year or rule set moves every deadline.
        onSettingsPulled: (keys) => {
          if (keys.some((k) => RECOMPUTING_SETTINGS.includes(k)))
            void deadlines
              .recomputeAll()
              .catch((e: unknown) => deps.logger?.error(e, { where: 'deadlines.recomputeAll' }));
        },
        ...(deps.syncIntervalMs !== undefined ? { intervalMs: deps.syncIntervalMs } : {}),
        ...(deps.blobs !== undefined ? { blobs: deps.blobs } : {}),
        ...(deps.blobChunkSize !== undefined ? { blobChunkSize: deps.blobChunkSize } : {}),
        ...(deps.backupDir !== undefined
          ? { backup: (label: string) => writeBackup(db, deps.backupDir as string, label, new Date(now())) }
          : {}),
      });
  const sync = deps.sync?.({ db, repos, now }) ?? (connected as ConnectedSyncService);
  afterWrite.poke = () => connected?.poke();
  const fetchBlob = (sha256: string): Promise<boolean> =>
    connected?.fetchBlob(sha256) ?? Promise.resolve(false);
  return {
    repos,
    mutations,
    auth: createAuthService(repos, {
      passwords,
      mutations,
      now,
      // Refused sign-ins and unlocks go to the log, and those of an existing account to the audit chain too
      // (staff.recordSignInRefusal). See ARCHITECTURE.md, sign-in.
      record: (e) => deps.logger?.info(`${e.action} refused`, e),
      reportError: (e, where) => deps.logger?.error(e, { where }),
    }),
    cases: createCaseService(repos, mutations),
    corrections: createCorrectionService(repos, mutations),
    review: createReviewService(repos, mutations, now),
    risk: createRiskService(repos, mutations),
    idleLock: createIdleLockService(repos, mutations),
    staff: createStaffService(repos, mutations, passwords),
    offices: createOfficeService(repos, mutations),
    setup: createSetupService(repos, mutations, demo, passwords),
    demo,
    calendar,
    deadlines,
    /** For the sync code: rebuild search text, 案由 index and deadlines after writing pulled rows. */
    derived,
    /** First start: bind a fresh desktop to a central server (null when a test supplied its own SyncService). */
    syncEnrolFresh: connected ? (a: EnrolFreshArgs) => connected.enrolFresh(a) : null,
    /** Stops the sync loop and its change stream (on quit). */
    closeSync: () => connected?.close(),
    limitation,
    procedure: createProcedureService(repos, mutations, limitation, now),
    attachments: createAttachmentService(repos, deps.blobs, fetchBlob),
    /** One file from the centre now (opening an archived case's file); false when standalone or offline. */
    fetchBlob,
    elements: createElementsService(repos, mutations, limitation),
    assignment: createAssignmentService(repos, mutations, calendar.current, now),
    claimSynonyms: createClaimSynonymsService(repos, mutations),
    audit: createAuditService(repos),
    conflicts: createConflictService(repos, mutations),
    sync,
    adoption: createAdoptionService({ repos, mutations }),
    stats: createStatsService(repos, mutations, now, () => sync.status()),
  };
}
export type Services = ReturnType<typeof createBaseServices>;

/** The base services plus document generation, which reads through all of them. */
export function createServices(
  db: Db,
  deps: ServiceDeps & { blobs: BlobStore; exportsDir: string; backup: BackupService },
) {
  const base = createBaseServices(db, deps);
  const documents = createDocumentService(base, deps.blobs, deps.now, base.fetchBlob);
  return {
    ...base,
    documents,
    batch: createBatchJobs(documents, deps.exportsDir, deps.now),
    courtBundle: createCourtBundleService(base, deps.blobs, deps.now, base.fetchBlob),
    shell: deps.shell ?? null,
    /** 备份与恢复 and the database's health; made by app-core, which owns the file and its folder. */
    backup: deps.backup,
  };
}
export type AppServices = ReturnType<typeof createServices>;
