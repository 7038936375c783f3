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

type Row = {
  mutation_id: number;
  args: string;
  args_z: Buffer | null;
  changes: string | null;
  bases: string;
  state: string;
};
const outbox = () =>
  core.db
    .prepare('SELECT mutation_id, args, args_z, changes, bases, state FROM outbox ORDER BY mutation_id')
    .all() as Row[];
const storeOf = () =>
  createLocalSyncStore({
    db: core.db,
    repos: core.services.repos,
    mutations: core.services.mutations,
    refreshDerived: () => undefined,
    appVersion: 'test',
    now: () => NOW,
  });

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
    storeOf().applyPage({
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
    for (const before of [setup, second]) {
      // The args stay, compressed: the reader gives back the same text.
      expect(after.get(before.mutation_id)).toMatchObject({ changes: null, bases: '[]', args: '' });
      expect(after.get(before.mutation_id)?.args_z).not.toBeNull();
      expect(core.services.repos.outbox.get(before.mutation_id)?.args).toBe(before.args);
    }
    // Refused and undecided entries keep everything as written, to be re-submitted or pushed.
    for (const kept of [first, third]) {
      const { state: _state, ...written } = kept;
      expect(after.get(kept.mutation_id)).toMatchObject(written);
    }
    expect(after.size).toBe(4);
  });

  it('a resend after compaction (the server lost what it had acknowledged) sends the same args again', () => {
    const all = outbox();
    const last = all.at(-1);
    if (!last) throw new Error('no outbox');
    const store = storeOf();
    store.applyPage({
      rows: [],
      cursor: 10,
      more: false,
      lastMutationId: last.mutation_id,
      outcomes: all.map((e, i) => ({ id: e.mutation_id, outcome: 'applied' as const, seq: i + 1 })),
      checkpoint: null,
    });
    expect(outbox().every((e) => e.args_z !== null && e.changes === null)).toBe(true);
    store.resendFrom(all[0]?.mutation_id ?? 1);
    const resent = store.pending(100);
    expect(resent.map((m) => m.id)).toEqual(all.map((e) => e.mutation_id));
    expect(resent.map((m) => m.args)).toEqual(all.map((e) => JSON.parse(e.args) as unknown));
    // No captured rows: the server re-plans the mutation from its args (server/sync/replan.ts).
    expect(resent.every((m) => m.changes.length === 0)).toBe(true);
  });
});
