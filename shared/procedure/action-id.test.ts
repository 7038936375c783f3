import { describe, expect, expectTypeOf, it } from 'vitest';
import { ACTIONS, type ActionId } from './machine';

/**
 * ActionId is derived from the action definitions (defineAction keeps the literal id), so a table keyed by action —
 * the renderer's action→form table — stops compiling when an action is added, renamed or removed. The type checks
 * run under `tsc -b` (tests are in tsconfig.tools.json) and fail if the ids widen back to `string`.
 */
describe('ActionId', () => {
  it('is the literal union of the catalog ids, not string', () => {
    expectTypeOf<
      'med.accept' | 'med.transferred' | 'arb.accept' | 'service.record' | 'case.archived'
    >().toExtend<ActionId>();
    expectTypeOf<string>().not.toExtend<ActionId>();
    expectTypeOf<'arb.unknown'>().not.toExtend<ActionId>();
    expectTypeOf<(typeof ACTIONS)[number]['id']>().toEqualTypeOf<string>();
  });

  it('names each action of the catalog once (actionById and the event fold look actions up by id)', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
