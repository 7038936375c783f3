import type { SyncEntity } from './entities';

/**
 * The merge policy of each synced field on concurrent, different edits (docs/sync.md, merge policy per field
 * class). A `legal` or `narrative` field keeps the value committed first and the other becomes a conflict record
 * a person resolves (narrative text may be merged by hand). Every other field is decided without a person: the
 * planner's state machine derives workflow fields (status, dates of procedural steps, handlers) from the log on
 * whichever end re-runs it, append-only rows never edit, and bookkeeping (updatedAt, sortOrder) follows the
 * server's order of arrival, audited.
 */
export type FieldClass = 'legal' | 'narrative' | 'merge';

const PARTY_LEGAL = [
  'kind',
  'role',
  'name',
  'idNumber',
  'creditCode',
  'sex',
  'birthDate',
  'ethnicity',
  'address',
  'phone',
  'legalRep',
  'legalRepTitle',
  'representsPartyId',
  'agentType',
  'authority',
] as const;

/** Only these are conflict-bearing; a field not listed is `merge`. */
const CLASSES: Partial<Record<SyncEntity, Readonly<Record<string, 'legal' | 'narrative'>>>> = {
  case: {
    reasons: 'legal',
    isCollective: 'legal',
    workerCount: 'legal',
    isMigrantWage: 'legal',
    summary: 'narrative',
  },
  party: Object.fromEntries(PARTY_LEGAL.map((f) => [f, 'legal'])),
  claim: { type: 'legal', amountFen: 'legal', description: 'narrative' },
  elementSheet: { data: 'legal' },
};

export const fieldClass = (entity: SyncEntity, field: string): FieldClass =>
  CLASSES[entity]?.[field] ?? 'merge';

/** Whether a concurrent, different edit of this field goes to a person. */
export const isConflictBearing = (entity: SyncEntity, field: string): boolean =>
  fieldClass(entity, field) !== 'merge';
