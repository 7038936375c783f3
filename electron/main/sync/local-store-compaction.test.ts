import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { createLocalSyncStore } from './local-store';

const NOW = Date.parse('2026-11-25T02:00:00.000Z');
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
  for (let i = 0; i < 3; i++) {
    const r = core.services.mutations.run('case.register', aCase(admin.officeId as string), admin);
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterEach(() => core.dispose());

type Row = { mutation_id: number; args: string; changes: string | null; bases: string; state: string };
const outbox = () =>
  core.db
    .prepare('SELECT mutation_id, args, changes, bases, state FROM outbox ORDER BY mutation_id')
    .all() as Row[];

/**
 * Issue 12 item 5: once the server accepted an entry and the pulled feed contains its rows, the outbox keeps the
 * record of it (name, args, author, outcome) but not its captured row changes; refused and undecided entries
 * keep everything.
 */
describe('outbox compaction', () => {
  it('drops the row changes of accepted, contained entries only', () => {
    const [setup, first, second, third] = outbox();
    if (!setup || !first || !second || !third) throw new Error('expected four outbox entries');
    expect(outbox().every((e) => e.changes !== null)).toBe(true);
    const store = createLocalSyncStore({
      db: core.db,
      repos: core.services.repos,
      mutations: core.services.mutations,
      refreshDerived: () => undefined,
      appVersion: 'test',
      now: () => NOW,
    });
    store.applyPage({
      rows: [],
      cursor: 10,
      more: false,
      lastMutationId: second.mutation_id,
      outcomes: [
        { id: setup.mutation_id, outcome: 'applied', seq: 1 },
        { id: first.mutation_id, outcome: 'rejected', code: 'rule', reason: '测试拒绝' },
        { id: second.mutation_id, outcome: 'applied', seq: 2 },
      ],
      checkpoint: null,
    });
    const after = new Map(outbox().map((e) => [e.mutation_id, e]));
    for (const before of [setup, second])
      expect(after.get(before.mutation_id)).toMatchObject({ changes: null, bases: '[]', args: before.args });
    expect(after.get(first.mutation_id)?.changes).toBe(first.changes);
    expect(after.get(third.mutation_id)?.changes).toBe(third.changes);
    expect(after.size).toBe(4);
  });
});
