import { afterEach, expect, it, vi } from 'vitest';
import { createTestCore, type TestCore } from '../../../tests/helpers/core';
import { createHandlers } from './handlers';

let core: TestCore;
afterEach(() => core.dispose());

it('opening 期限规则 starts the recompute’s threads, so saving there finds them running', async () => {
  core = createTestCore();
  const warm = vi.spyOn(core.services.deadlines, 'warm');
  const handlers = createHandlers(core.services);
  const r = await handlers['deadlineRules:get']({}, {} as never);
  expect(r.ok).toBe(true);
  expect(warm).toHaveBeenCalledTimes(1);
  expect(await warm.mock.results[0]?.value).toBeGreaterThan(0);
});
