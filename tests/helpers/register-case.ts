import type { Actor } from '../../electron/main/mutations/types';
import { aCase } from './builders';
import type { TestCore } from './core';

/** Registers the builders' sample case in the actor's office, received on `receivedDate`; returns its id. */
export function registerCase(core: TestCore, actor: Actor, receivedDate: string): string {
  const r = core.services.mutations.run(
    'case.register',
    aCase(actor.officeId as string, { receivedDate }),
    actor,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}
