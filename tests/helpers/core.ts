import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppCore, type AppCore } from '../../electron/main/app-core';
import { createConsoleLogger } from '../../electron/main/logger';
import type { Actor } from '../../electron/main/mutations/types';
import { toActor } from '../../electron/main/services/auth-service';
import type { ScryptParams } from '../../shared/auth/password-hash';
import type { ServiceDeps } from '../../electron/main/services';

export type TestCore = AppCore & { dataDir: string; logs: string[]; dispose(): void };

/**
 * What test cores hash new passwords with: the cheapest a stored hash may name (N = 2^14, r = 1), about 1/64 of
 * production's N = 2^17, r = 8, so the many accounts tests create do not each cost a second and a half. A test of
 * the real cost passes `scryptParams: SCRYPT_PARAMS`.
 */
export const TEST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 14, r: 1, p: 1 };

/** A real SQLite file in a fresh temp directory (no mocks of our own database). */
export function createTestCore(
  opts: {
    now?: () => number;
    syncIntervalMs?: number;
    scryptParams?: ScryptParams;
    deadlineWorkers?: ServiceDeps['deadlineWorkers'];
  } = {},
): TestCore {
  const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-test-'));
  const logs: string[] = [];
  const core = createAppCore({
    dataDir,
    checkOutput: true,
    logger: createConsoleLogger((l) => logs.push(l)),
    scryptParams: opts.scryptParams ?? TEST_SCRYPT_PARAMS,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.syncIntervalMs !== undefined ? { syncIntervalMs: opts.syncIntervalMs } : {}),
    ...(opts.deadlineWorkers !== undefined ? { deadlineWorkers: opts.deadlineWorkers } : {}),
  });
  return {
    ...core,
    dataDir,
    logs,
    dispose() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ADMIN_PASSWORD = 'correct-horse-9';

/** Initialises the committee and returns the admin as a mutation actor. */
export function initialize(core: AppCore, demoCases = 0): Actor {
  const r = core.services.setup.initialize({
    committeeName: '示例市劳动人事争议仲裁委员会',
    shortName: '示劳',
    adminName: '管理员',
    username: 'admin',
    password: ADMIN_PASSWORD,
    demoCases,
  });
  if (!r.ok) throw new Error(r.error.message);
  return toActor(r.value);
}

/**
 * An initialised test core on a clock the test moves (`clock.ms += …`), one per test: the sign-in, throttle and
 * lock tests wait out throttles by moving it, never by sleeping.
 */
export function clockedTestCore(
  start = Date.UTC(2026, 10, 25, 2, 0),
  scryptParams: ScryptParams = TEST_SCRYPT_PARAMS,
): {
  core: TestCore;
  clock: { ms: number };
} {
  const clock = { ms: start };
  const core = createTestCore({ now: () => clock.ms, scryptParams });
  initialize(core);
  return { core, clock };
}
