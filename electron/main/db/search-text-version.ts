import { renormalizeSearchText, SEARCH_TEXT_VERSION } from '../../../shared/search/search-text';
import type { Db } from './connection';
import type { Repos } from './repositories';

/** Key in sync_meta (local, never synced): the normalizeSearch version the stored search text was written with. */
export const SEARCH_TEXT_VERSION_KEY = 'search_text_version';

/**
 * Brings the stored search text (case_search, and through its triggers the FTS index) to the current
 * normalizeSearch rule when an older rule wrote it — e.g. version 2 folds 案号 brackets, so a database from before
 * finds 示劳人仲案字〔2026〕第12号 by [2026]12 too. No migration is needed: the text is a local projection of the
 * case data, so it is re-normalised field by field in ONE transaction at start, and the version is written in the
 * same transaction (a crash leaves the old text and the old version, and the next start tries again). A database
 * without a version (created before the key existed) counts as version 1. Returns how many texts changed, or null
 * when nothing had to be done.
 */
export function bringSearchTextUpToDate(db: Db, repos: Pick<Repos, 'cases' | 'meta'>): number | null {
  const stored = Number(repos.meta.get(SEARCH_TEXT_VERSION_KEY) ?? '1');
  // A newer app's text is left alone (we cannot reproduce its rule), and its version is never lowered.
  if (stored >= SEARCH_TEXT_VERSION) return null;
  return db.transaction(() => {
    const changed = repos.cases.rewriteSearchTexts(renormalizeSearchText);
    repos.meta.set(SEARCH_TEXT_VERSION_KEY, String(SEARCH_TEXT_VERSION));
    return changed;
  })();
}
