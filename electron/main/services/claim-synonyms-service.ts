import { ClaimSynonyms, synonymIssueText } from '../../../shared/domain/claim-synonyms';
import { err, ok, type Result } from '../../../shared/result';
import defaultSynonyms from '../../../resources/claim-synonyms/default.json';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

/** The shipped table (resources/claim-synonyms/default.json); a broken file is a build error, not a runtime guess. */
function shipped(): ClaimSynonyms {
  const r = ClaimSynonyms.safeParse(defaultSynonyms);
  if (!r.success) throw new Error(`resources/claim-synonyms/default.json is invalid: ${r.error.message}`);
  return r.data;
}

/**
 * 常用说法 of the claim types (issue 10 item 9): the committee's own table (setting `claim.synonyms`) or the shipped
 * one. Saving validates with ClaimSynonyms and writes through settings.set (主任 or administrator); null restores
 * the shipped table. A stored table that no longer validates falls back to the shipped one.
 */
export function createClaimSynonymsService(repos: Repos, mutations: MutationRunner) {
  return {
    get(): { synonyms: ClaimSynonyms; custom: boolean } {
      const stored = repos.settings.get('claim.synonyms');
      if (stored === undefined || stored === null) return { synonyms: shipped(), custom: false };
      const r = ClaimSynonyms.safeParse(stored);
      return r.success ? { synonyms: r.data, custom: true } : { synonyms: shipped(), custom: false };
    },
    save(json: unknown, actor: Actor): Result<{ types: number }> {
      if (json === null) {
        const r = mutations.run('settings.set', { key: 'claim.synonyms', value: null }, actor);
        return r.ok ? ok({ types: Object.keys(shipped()).length }) : r;
      }
      const parsed = ClaimSynonyms.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.'),
          label: '常用说法',
          message: synonymIssueText(i.path, i.message),
        }));
        return err('VALIDATION', issues[0]?.message ?? '常用说法无效', { issues });
      }
      const r = mutations.run('settings.set', { key: 'claim.synonyms', value: parsed.data }, actor);
      return r.ok ? ok({ types: Object.keys(parsed.data).length }) : r;
    },
  };
}
export type ClaimSynonymsService = ReturnType<typeof createClaimSynonymsService>;
