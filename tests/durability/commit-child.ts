import { writeSync } from 'node:fs';
import { createAppCore } from '../../electron/main/app-core';
import { toActor } from '../../electron/main/services/auth-service';
import { aCase } from '../helpers/builders';
import { ADMIN_PASSWORD, initialize, TEST_SCRYPT_PARAMS } from '../helpers/core';

/**
 * The child of the kill -9 test (kill9.test.ts, scripts/soak/crash-soak.ts): opens the app's database in `dataDir`
 * (initialising it the first time), then registers cases through the app's own mutation runner for ever, writing
 * each case id to stdout only after its transaction returned. The parent kills it with SIGKILL at random moments.
 */
const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: commit-child <dataDir>');
// The clock is pinned like every test's (the registrations are dated 2026-09-01).
const core = createAppCore({
  dataDir,
  now: () => Date.parse('2026-11-25T02:00:00.000Z'),
  // Restarted many times, each signing in: test-cost password hashes (tests/helpers/core.ts).
  scryptParams: TEST_SCRYPT_PARAMS,
});
let actor;
const user = core.services.auth.signIn('admin', ADMIN_PASSWORD);
if (user.ok) actor = toActor(user.value);
else actor = initialize(core);
writeSync(1, 'ready\n');
for (let n = 0; ; n++) {
  const r = core.services.mutations.run(
    'case.register',
    aCase(actor.officeId as string, { receivedDate: '2026-09-01' }),
    actor,
  );
  if (!r.ok) throw new Error(r.error.message);
  // Synchronous, so what the parent reads was committed before it was written.
  writeSync(1, `${r.value.id}\n`);
}
