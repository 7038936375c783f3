import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeSearch, SEARCH_TEXT_VERSION } from '../../../shared/search/search-text';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { createBaseServices } from '../services';
import { bringSearchTextUpToDate, SEARCH_TEXT_VERSION_KEY } from './search-text-version';

let core: TestCore;
let caseId: string;
let officialNo: string;
beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-09-10T02:00:00Z') });
  const admin = initialize(core);
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { receivedDate: '2026-09-01' }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  caseId = reg.value.id;
  const acc = core.services.mutations.run(
    'case.performAction',
    { caseId, action: 'arb.accept', occurredOn: '2026-09-02', payload: { simple: false } },
    admin,
  );
  if (!acc.ok) throw new Error(acc.error.message);
  officialNo = (
    core.db.prepare('SELECT official_no AS no FROM cases WHERE id = ?').get(caseId) as { no: string }
  ).no;
});
afterEach(() => core.dispose());

const search = (query: string) =>
  core.services.cases
    .list({ query, sort: 'receivedDate', dir: 'desc', offset: 0, limit: 50, voided: 'exclude' })
    .rows.map((r) => r.id);

/** What a database written by version 1 holds: NFKC + lower case only, brackets and 第 as typed. */
function makeVersion1(): void {
  const rows = core.db.prepare('SELECT rowid, text FROM case_search').all() as {
    rowid: number;
    text: string;
  }[];
  const put = core.db.prepare('UPDATE case_search SET text = ? WHERE rowid = ?');
  const oldRule = officialNo.normalize('NFKC').toLowerCase();
  for (const r of rows) {
    const fields = r.text.split('\u0001').map((f) => (f === normalizeSearch(officialNo) ? oldRule : f));
    put.run(fields.join('\u0001'), r.rowid);
  }
  core.db.prepare('DELETE FROM sync_meta WHERE key = ?').run(SEARCH_TEXT_VERSION_KEY);
}

describe('search text written by an older rule is re-normalised once at start', () => {
  it('a new database is at the current version and finds 案号 typed with other brackets', () => {
    expect(officialNo).toMatch(/〔2026〕第1号$/);
    expect(core.services.repos.meta.get(SEARCH_TEXT_VERSION_KEY)).toBe(String(SEARCH_TEXT_VERSION));
    for (const q of ['[2026]1号', '(2026)第1号', '（2026）1号', '【２０２６】1号'])
      expect(search(q), q).toEqual([caseId]);
  });

  it('an old database cannot find [2026]1号 until the start-up rewrite, then can; the rewrite runs once', () => {
    makeVersion1();
    expect(search('[2026]1号')).toEqual([]);
    createBaseServices(core.db); // the next start of the app
    expect(core.services.repos.meta.get(SEARCH_TEXT_VERSION_KEY)).toBe(String(SEARCH_TEXT_VERSION));
    expect(search('[2026]1号')).toEqual([caseId]);
    expect(search('张三')).toEqual([caseId]);
    expect(bringSearchTextUpToDate(core.db, core.services.repos)).toBeNull();
  });

  it('leaves the text of a newer app alone', () => {
    core.services.repos.meta.set(SEARCH_TEXT_VERSION_KEY, String(SEARCH_TEXT_VERSION + 1));
    const before = core.db.prepare('SELECT text FROM case_search').all();
    expect(bringSearchTextUpToDate(core.db, core.services.repos)).toBeNull();
    expect(core.db.prepare('SELECT text FROM case_search').all()).toEqual(before);
    expect(core.services.repos.meta.get(SEARCH_TEXT_VERSION_KEY)).toBe(String(SEARCH_TEXT_VERSION + 1));
  });
});
