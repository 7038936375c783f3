import { describe, expect, it } from 'vitest';
import { compactOutcome } from './sync-outbox';

/** Issue 12 item 5: a compacted entry's outcome keeps what its row does not already say, and nothing less. */
describe('compactOutcome', () => {
  it.each([
    ['a plain acceptance keeps its seq', 7, { id: 7, outcome: 'applied', seq: 31 }, { seq: 31 }],
    [
      'an acceptance with conflicts is kept whole',
      7,
      { id: 7, outcome: 'applied_with_conflict', seq: 31, conflicts: ['c1'] },
      null,
    ],
    [
      'a rejection is kept whole',
      7,
      { id: 7, outcome: 'rejected', reason: '无权限', code: 'not_authorized' },
      null,
    ],
    ["another entry's answer is kept whole", 7, { id: 8, outcome: 'applied', seq: 31 }, null],
    [
      'an acceptance with any other key is kept whole',
      7,
      { id: 7, outcome: 'applied', seq: 31, note: 'x' },
      null,
    ],
  ])('%s', (_label, id, outcome, compact) => {
    const text = JSON.stringify(outcome);
    expect(compactOutcome(id, text)).toBe(compact === null ? text : JSON.stringify(compact));
  });
});
