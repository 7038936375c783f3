import type { Migration } from '../migrate';
import { up as init } from './0001_init';
import { up as procedure } from './0002_procedure';
import { up as elements } from './0003_elements';
import { up as documents } from './0004_documents';
import { up as assignment } from './0005_assignment';
import { up as caseClerk } from './0006_case_clerk';
import { up as corrections } from './0007_corrections';
import { up as outboxChanges } from './0008_outbox_changes';
import { up as syncRebase } from './0009_sync_rebase';
import { up as auditChain } from './0010_audit_chain';
import { up as syncConflicts } from './0011_sync_conflicts';
import { up as compactStorage } from './0012_compact_storage';
import { up as smallerOnDisk } from './0013_smaller_on_disk';
import { up as searchSideIndexes } from './0014_search_side_indexes';
import { up as deadlineDigests } from './0015_deadline_digests';
import { up as listCounts } from './0016_list_counts';
import { up as auditFromOutbox } from './0017_audit_from_outbox';

/**
 * Migrations as TypeScript string modules, listed in order. Plain imports (not import.meta.glob) so the same
 * list works under vitest, tsx and the esbuild bundle; `assertContiguous` guards the numbering.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_init', up: init },
  { version: 2, name: '0002_procedure', up: procedure },
  { version: 3, name: '0003_elements', up: elements },
  { version: 4, name: '0004_documents', up: documents },
  { version: 5, name: '0005_assignment', up: assignment },
  { version: 6, name: '0006_case_clerk', up: caseClerk },
  { version: 7, name: '0007_corrections', up: corrections },
  { version: 8, name: '0008_outbox_changes', up: outboxChanges },
  { version: 9, name: '0009_sync_rebase', up: syncRebase },
  { version: 10, name: '0010_audit_chain', up: auditChain },
  { version: 11, name: '0011_sync_conflicts', up: syncConflicts },
  { version: 12, name: '0012_compact_storage', up: compactStorage },
  { version: 13, name: '0013_smaller_on_disk', up: smallerOnDisk },
  { version: 14, name: '0014_search_side_indexes', up: searchSideIndexes },
  { version: 15, name: '0015_deadline_digests', up: deadlineDigests },
  { version: 16, name: '0016_list_counts', up: listCounts },
  { version: 17, name: '0017_audit_from_outbox', up: auditFromOutbox },
];
