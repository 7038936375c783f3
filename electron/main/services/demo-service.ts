import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import { randomBytes } from 'node:crypto';
import { dummyHashFor, SCRYPT_PARAMS } from '../../../shared/auth/password-hash';
import type { Repos } from '../db/repositories';
import { walkOpenCase } from '../demo/demo-walk';
import { generateDemoCase, personName } from '../demo/generate-demo-case';
import { createRng, type Rng } from '../../../shared/util/seeded-random';
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
  /**
   * Three arbitrators to form tribunals with; they exist to be assigned, never to sign in, so their hash is one no
   * password matches (an administrator sets a real one later) rather than three scrypt runs of a random password.
   */
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
          passwordHash: dummyHashFor(SCRYPT_PARAMS),
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
