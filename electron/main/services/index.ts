import type { Db } from '../db/connection';
import { createRepos } from '../db/repositories';
import { createMutationRunner } from '../mutations/run-mutation';
import { uuidv7 } from '../../../shared/util/uuid';
import { createAuthService } from './auth-service';
import { createCaseService } from './case-service';
import { createDemoService } from './demo-service';
import { createSetupService } from './setup-service';
import { createStaffService } from './staff-service';

export type ServiceDeps = { now?: () => number; newId?: () => string };

/** Wires repositories, the mutation runner and the services over one open, migrated database. */
export function createServices(db: Db, deps: ServiceDeps = {}) {
  const repos = createRepos(db);
  let clientId = repos.meta.get('client_id');
  if (clientId === null) {
    clientId = uuidv7();
    repos.meta.set('client_id', clientId);
  }
  const mutations = createMutationRunner({
    db,
    repos,
    clientId,
    now: deps.now ?? Date.now,
    newId: deps.newId ?? (() => uuidv7()),
  });
  const demo = createDemoService(repos, mutations);
  return {
    repos,
    mutations,
    auth: createAuthService(repos),
    cases: createCaseService(repos, mutations),
    staff: createStaffService(repos, mutations),
    setup: createSetupService(repos, mutations, demo),
    demo,
  };
}
export type Services = ReturnType<typeof createServices>;
