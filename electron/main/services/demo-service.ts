import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../auth/password';
import type { Repos } from '../db/repositories';
import { walkOpenCase } from '../demo/demo-walk';
import { generateDemoCase, personName } from '../demo/generate-demo-case';
import { createRng, type Rng } from '../demo/random';
import type { MutationRunner, MutationStep } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

export const DEMO_BATCH = 500;

/**
 * Demo data goes through the same mutation path as user input, in batches of one transaction each: closed cases
 * as historical imports, open ones registered and walked through the procedure (so they have real deadlines).
 */
export function createDemoService(
  repos: Repos,
  mutations: MutationRunner,
  newId: () => string,
  now: () => number = Date.now,
) {
  /** Three arbitrators to form tribunals with; their passwords are random, they exist to be assigned. */
  function demoArbitrators(rng: Rng, actor: Actor, officeId: string): Result<string[]> {
    const existing = repos.staff
      .list()
      .filter((s) => s.roles.includes('arbitrator') && s.officeId === officeId);
    const ids = existing.map((s) => s.id);
    while (ids.length < 3) {
      const name = personName(rng);
      const r = mutations.run(
        'staff.create',
        {
          officeId,
          name,
          username: `arb${ids.length + 1}-${randomBytes(3).toString('hex')}`,
          passwordHash: hashPassword(randomBytes(24).toString('base64')),
          roles: ['arbitrator'],
        },
        actor,
      );
      if (!r.ok) return r;
      ids.push(r.value.id);
    }
    return ok(ids.slice(0, 3));
  }

  return {
    seed(
      count: number,
      actor: Actor,
      opts: { seed?: number; onProgress?: (done: number) => void } = {},
    ): Result<{ created: number }> {
      const office = repos.offices.get(actor.officeId ?? '') ?? repos.offices.list()[0];
      if (!office) return err('VALIDATION', '请先初始化系统');
      const rng = createRng(opts.seed ?? now());
      const today = todayInChina(now());
      const arbitrators = demoArbitrators(rng, actor, office.id);
      if (!arbitrators.ok) return arbitrators;
      // Official numbers come from the committee's own sequence at acceptance (case.importHistorical, arb.accept).
      const ctx = { officeId: office.id, shortName: office.shortName, baseDate: today };
      let created = 0;
      while (created < count) {
        const n = Math.min(DEMO_BATCH, count - created);
        const steps: MutationStep[] = [];
        for (let i = 0; i < n; i++) {
          const c = generateDemoCase(rng, ctx);
          if (c.status === 'closed' || c.status === 'archived')
            steps.push({ name: 'case.importHistorical', args: c });
          else steps.push(...walkOpenCase(rng, c, newId(), today, arbitrators.value));
        }
        const r = mutations.runSequence(steps, actor);
        if (!r.ok) return r;
        created += n;
        opts.onProgress?.(created);
      }
      return ok({ created });
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
