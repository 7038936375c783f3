import { storedParams } from '../../auth/password-hash';
import { AppFailure } from '../../result';
import type { Actor, MutationPlanner } from '../plan/planner';
import type { PlanStore } from '../plan/plan-store';

/**
 * The two sign-in mutations concern only the account signing in: a forged push naming another account (to
 * replace its password, or to fill its audit with refusals) is refused here, on the desktop and on the server.
 */
function ownAccount(store: PlanStore, actor: Actor, staffId: string) {
  const person = store.get('staff', staffId);
  if (!person) throw new AppFailure('VALIDATION', '人员不存在');
  if (actor.id !== staffId) throw new AppFailure('FORBIDDEN', '只能更新本人的账号记录');
  return person;
}

/**
 * An old hash re-written with today's parameters after a good sign-in. The audit image names the parameters before
 * and after, never the hash (like `staff.create`, whose image leaves it out).
 */
export const planUpgradePasswordHash: MutationPlanner<'staff.upgradePasswordHash', null> = {
  plan(args, { store, actor }) {
    const person = ownAccount(store, actor, args.staffId);
    store.update('staff', args.staffId, { passwordHash: args.passwordHash });
    return {
      result: null,
      audit: {
        entity: 'staff',
        entityId: args.staffId,
        caseId: null,
        officeId: person.officeId,
        before: { passwordParams: storedParams(person.passwordHash) },
        after: { passwordParams: storedParams(args.passwordHash) },
      },
    };
  },
};

/** A refused sign-in of an existing account: it writes no row, its audit entry is the record. */
export const planRecordSignInRefusal: MutationPlanner<'staff.recordSignInRefusal', null> = {
  plan(args, { store, actor }) {
    const person = ownAccount(store, actor, args.staffId);
    return {
      result: null,
      audit: {
        entity: 'staff',
        entityId: args.staffId,
        caseId: null,
        officeId: person.officeId,
        before: null,
        after: { signIn: args.outcome, waitMs: args.waitMs },
      },
    };
  },
};
