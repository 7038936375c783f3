import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../result';
import { createPlanStore } from '../plan/plan-store';
import type { Actor, PlanCtx } from '../plan/planner';
import { planReviewOverride } from './case-review-override';

// The desktop's runner also refuses by the mutation's roles, but the server re-plans a pushed mutation with the
// planner alone: this proves the planner itself refuses anyone but a director.
const ctx = (roles: Actor['roles']): PlanCtx => ({
  store: createPlanStore({ get: () => null, list: () => [] }),
  actor: { id: 'u1', roles, officeId: 'o1' },
  nowIso: '2026-09-20T02:00:00.000Z',
  today: '2026-09-20',
  hlc: '0000000001-0000-dev',
  hasBlob: () => true,
  blobDep: () => undefined,
});
const args = {
  caseId: 'c1',
  items: ['service' as const],
  reason: '回证另卷保存',
  occurredOn: '2026-09-20',
  eventId: 'e1',
};

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof AppFailure ? e.code : 'THROWN';
  }
};

describe('planReviewOverride', () => {
  it.each([[['clerk']], [['arbitrator']], [['admin']], [['mediator', 'clerk']]] as const)(
    'refuses %j as not a director',
    (roles) => expect(codeOf(() => planReviewOverride.plan(args, ctx(roles)))).toBe('FORBIDDEN'),
  );

  it('lets a director past the role check (then needs the case)', () => {
    expect(codeOf(() => planReviewOverride.plan(args, ctx(['director'])))).toBe('NOT_FOUND');
  });
});
