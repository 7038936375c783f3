import type { Db } from '../connection';

/**
 * The stored side of the comparison (deadline-digest.ts): each case's digest as the repository last wrote it,
 * and the ids of the rules' stored terms. Reads only, so a recompute's worker thread uses it on its own
 * connection as the repository does on the app's.
 */
export function createDeadlineDigestReader(db: Db) {
  const digests = db
    .prepare<[string], [string, number]>(
      'SELECT case_id, digest FROM case_deadline_digests WHERE case_id IN (SELECT value FROM json_each(?))',
    )
    .raw(true);
  const terms = db.prepare<[], [string, number]>('SELECT terms, id FROM deadline_rule_terms').raw(true);
  return {
    /** The stored digest of each case named that has one (a case without is compared row by row). */
    digestsOf: (caseIds: readonly string[]): Map<string, number> =>
      new Map(digests.all(JSON.stringify(caseIds))),
    /** Every stored terms text with its id: a few dozen rows, one per version of a rule. */
    termsIds: (): Map<string, number> => new Map(terms.all()),
  };
}
