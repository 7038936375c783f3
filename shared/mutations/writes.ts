import type { SyncEntity } from '../sync/entities';
import type { MutationName } from './definitions';

/**
 * Which synced entities each mutation may write. The server applies the rows a desktop says a mutation wrote
 * (shared/sync/changes.ts) only after checking them against this table, so a forged push cannot smuggle, say, a
 * staff row with new roles inside a case registration. A mutator that starts writing another entity must be
 * listed here first, or its pushes are rejected — the desktop's change-capture tests catch that.
 */
const CASE_ROWS = ['case', 'party', 'claim', 'event', 'assignment'] as const;

export const MUTATION_WRITES: Readonly<Record<MutationName, readonly SyncEntity[]>> = {
  'office.create': ['office'],
  'staff.create': ['staff'],
  'setup.initialize': ['office', 'staff', 'setting'],
  'case.register': CASE_ROWS,
  'case.performAction': CASE_ROWS,
  'case.transferToArbitration': CASE_ROWS,
  'elements.saveSheet': ['elementSheet', 'event', 'case'],
  'documents.record': ['document', 'event', 'case'],
  'staff.recordLeave': ['leave'],
  'staff.declareRelationship': ['relationship'],
  'case.assign': ['assignment', 'case', 'event'],
  'case.assignClerk': ['case', 'event'],
  'case.confirmHandover': ['assignment', 'case', 'event'],
  'settings.set': ['setting'],
  'case.importHistorical': CASE_ROWS,
  'case.correct': CASE_ROWS,
  'case.void': ['case', 'event'],
  'case.restore': ['case', 'event'],
  'case.voidEvent': ['event', 'case'],
  'case.reviewOverride': ['event'],
  'staff.upgradePasswordHash': ['staff'],
  // Nothing but its audit entry: the refusal is the record.
  'staff.recordSignInRefusal': [],
  'conflict.resolve': ['conflict', 'event', 'case', 'party', 'claim', 'elementSheet'],
};
