import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import type { Repos } from '../db/repositories';
import { generateDemoCase } from '../demo/generate-demo-case';
import { createRng } from '../demo/random';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

const BATCH = 500;

/**
 * Demo data goes through the same mutation path as user input (historical import, in batches of one
 * transaction each), so demo cases have outbox and audit rows like any other.
 */
export function createDemoService(repos: Repos, mutations: MutationRunner) {
  return {
    seed(
      count: number,
      actor: Actor,
      opts: { seed?: number; onProgress?: (done: number) => void } = {},
    ): Result<{ created: number }> {
      const office = repos.offices.get(actor.officeId ?? '') ?? repos.offices.list()[0];
      if (!office) return err('VALIDATION', '请先初始化系统');
      const rng = createRng(opts.seed ?? Date.now());
      // Official numbers continue after those already present for the year (they are unique).
      const counters = new Map<number, number>();
      const nextOfficialSeq = (year: number) => {
        const n =
          (counters.get(year) ??
            repos.caseQuery.countOfficialNumbers(`${office.shortName}劳人仲案字〔${year}〕`)) + 1;
        counters.set(year, n);
        return n;
      };
      const ctx = {
        officeId: office.id,
        shortName: office.shortName,
        baseDate: todayInChina(),
        nextOfficialSeq,
      };
      let created = 0;
      while (created < count) {
        const n = Math.min(BATCH, count - created);
        const batch = Array.from({ length: n }, () => generateDemoCase(rng, ctx));
        const r = mutations.runBatch('case.importHistorical', batch, actor);
        if (!r.ok) return r;
        created += n;
        opts.onProgress?.(created);
      }
      return ok({ created });
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
