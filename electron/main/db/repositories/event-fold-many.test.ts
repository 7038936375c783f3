import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, initialize, type TestCore } from '../../../../tests/helpers/core';
import { registerCase } from '../../../../tests/helpers/register-case';

/**
 * Many cases' logs for the deadline engine (event.repo.ts listForFoldMany): each case's log in fold order, with
 * the payload of the named types only — the others' is left unread (shared/deadlines/payload-types.ts).
 */
let core: TestCore;
afterEach(() => core.dispose());

describe('listForFoldMany', () => {
  it('gives each case its log as listForFold does, payloads only for the types named', () => {
    core = createTestCore({ now: () => Date.parse('2026-09-15T02:00:00Z') });
    const admin = initialize(core);
    const [a, b] = ['2026-09-01', '2026-09-02'].map((d) => registerCase(core, admin, d)) as [string, string];
    const r = core.services.mutations.run(
      'case.performAction',
      { caseId: a, action: 'arb.accept', occurredOn: '2026-09-03', payload: { simple: false } },
      admin,
    );
    if (!r.ok) throw new Error(r.error.message);
    const { events } = core.services.repos;
    const full = new Map([a, b].map((id) => [id, events.listForFold(id)] as const));
    const many = events.listForFoldMany([a, b], ['arb.accept']);
    for (const id of [a, b]) {
      const log = many.get(id) ?? [];
      const expected = (full.get(id) ?? []).map((e) => (e.type === 'arb.accept' ? e : { ...e, payload: {} }));
      expect(log).toEqual(expected);
    }
    // The received case's payload (its parties and claims) was there to leave out.
    expect(Object.keys(full.get(a)?.[0]?.payload ?? {}).length).toBeGreaterThan(0);
    expect(many.get(a)?.find((e) => e.type === 'arb.accept')?.payload).toMatchObject({ simple: false });
  });
});
