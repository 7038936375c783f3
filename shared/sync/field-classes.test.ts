import { describe, expect, it } from 'vitest';
import { fieldClass, isConflictBearing } from './field-classes';
import { ENTITY_SPECS, SYNC_ENTITIES } from './entities';

/** The merge policy table (docs/sync.md, merge policy per field class), row by row. */
describe('fieldClass', () => {
  it.each([
    ['party', 'idNumber', 'legal'],
    ['party', 'name', 'legal'],
    ['party', 'creditCode', 'legal'],
    ['party', 'address', 'legal'],
    ['claim', 'amountFen', 'legal'],
    ['claim', 'type', 'legal'],
    ['claim', 'description', 'narrative'],
    ['case', 'reasons', 'legal'],
    ['case', 'workerCount', 'legal'],
    ['case', 'summary', 'narrative'],
    ['elementSheet', 'data', 'legal'],
    // Derived by the state machine from the log on whichever end re-runs the planner: never a person's choice.
    ['case', 'status', 'merge'],
    ['case', 'acceptedDate', 'merge'],
    ['case', 'handlerId', 'merge'],
    // Bookkeeping follows the order of arrival.
    ['case', 'updatedAt', 'merge'],
    ['party', 'sortOrder', 'merge'],
    // Not case data: settings and accounts are an administrator's, last arrival wins (audited).
    ['setting', 'value', 'merge'],
    ['staff', 'roles', 'merge'],
  ] as const)('%s.%s is %s', (entity, field, cls) => {
    expect(fieldClass(entity, field)).toBe(cls);
    expect(isConflictBearing(entity, field)).toBe(cls !== 'merge');
  });

  it('names only fields that exist, on case-scoped entities (a conflict record belongs to a case)', () => {
    for (const entity of SYNC_ENTITIES)
      for (const field of Object.keys(ENTITY_SPECS[entity].fields))
        if (isConflictBearing(entity, field)) expect(ENTITY_SPECS[entity].caseScoped).toBe(true);
  });
});
