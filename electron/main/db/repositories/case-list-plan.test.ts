import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, initialize, type TestCore } from '../../../../tests/helpers/core';
import { CASE_STATUS_CODES } from '../../../../shared/domain/case/case-status';
import { ListCasesInput, type ListCasesArgs } from '../../../../shared/domain/case/case.schema';
import { DISPUTE_REASON_CODES } from '../../../../shared/domain/reference-data';
import { normalizeSearch } from '../../../../shared/search/search-text';
import { planCaseList, SORT_SQL, type ListParams } from './case-list-plan';

/**
 * The list's plans (count parts, page from the set or along the sort index) give exactly the page and total
 * of the plain definition, computed here in TypeScript from every case row — with voided and deleted cases
 * among them, every filter, sort and voided mode, and both ways of reading a page. Hot shapes use the
 * indexes they were written for (EXPLAIN QUERY PLAN), since a plan that falls back to reading every row is
 * still correct and would pass the rest.
 */
let core: TestCore;
type Row = {
  id: string;
  status: string;
  kind: string;
  received_date: string;
  accepted_date: string | null;
  display_no: string;
  voided_at: string | null;
  deleted_at: string | null;
  reasons: string;
  text: string | null;
};
let rows: Row[];
let offices: string[];

beforeAll(() => {
  core = createTestCore();
  const admin = initialize(core);
  const r = core.services.demo.seed(240, admin, { seed: 7 });
  if (!r.ok) throw new Error(r.error.message);
  // Some cases voided, some deleted (a tombstone from the server), written directly: only the list reads them.
  core.db.exec(`UPDATE cases SET voided_at = '2026-11-01T00:00:00Z' WHERE rowid % 9 = 0;
    UPDATE cases SET deleted_at = '2026-11-02T00:00:00Z' WHERE rowid % 13 = 0`);
  rows = core.db
    .prepare(
      `SELECT c.id, c.status, c.kind, c.received_date, c.accepted_date, c.display_no, c.voided_at, c.deleted_at,
              c.reasons, s.text FROM cases c LEFT JOIN case_search s ON s.case_id = c.id`,
    )
    .all() as Row[];
  offices = (core.db.prepare('SELECT DISTINCT office_id AS o FROM cases').all() as { o: string }[]).map(
    (r) => r.o,
  );
}, 300_000);
afterAll(() => core.dispose());

const SORT_COLUMN: Record<ListCasesArgs['sort'], keyof Row> = {
  receivedDate: 'received_date',
  caseNo: 'display_no',
  status: 'status',
  acceptedDate: 'accepted_date',
};

/** SQLite's order: NULL before any value, then by code unit (BINARY), ties by id. */
const compare = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

function truth(args: ListCasesArgs): { total: number; ids: string[] } {
  const q = normalizeSearch(args.query ?? '');
  const hits = rows.filter(
    (r) =>
      r.deleted_at === null &&
      (args.voided === 'include' || (args.voided === 'only') === (r.voided_at !== null)) &&
      (!args.status || r.status === args.status) &&
      (!args.kind || r.kind === args.kind) &&
      (!args.reason || (JSON.parse(r.reasons) as string[]).includes(args.reason)) &&
      (!args.dateFrom || r.received_date >= args.dateFrom) &&
      (!args.dateTo || r.received_date <= args.dateTo) &&
      (q === '' || (r.text ?? '').includes(q)),
  );
  const col = SORT_COLUMN[args.sort];
  const sign = args.dir === 'asc' ? 1 : -1;
  hits.sort((a, b) => sign * (compare(a[col], b[col]) || compare(a.id, b.id)));
  return { total: hits.length, ids: hits.slice(args.offset, args.offset + args.limit).map((r) => r.id) };
}

const bind = (sql: string, params: ListParams) => {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ''))];
  return Object.fromEntries(names.map((n) => [n, params[n]]));
};
const get = (sql: string, params: ListParams) => {
  const stmt = core.db.prepare(sql);
  const p = bind(sql, params);
  return Object.keys(p).length > 0 ? stmt.all(p) : stmt.all();
};

function planned(
  args: ListCasesArgs,
  driveFromSetUpTo: number,
  readerOffices: string[] | null = null,
): { total: number; ids: string[] } {
  const plan = planCaseList(args, { driveFromSetUpTo, readerOffices });
  const total = plan.count.reduce((t, p) => t + p.sign * (get(p.sql, plan.params)[0] as { n: number }).n, 0);
  const page = { ...plan.params, limit: args.limit, offset: args.offset };
  const ids = (get(plan.pageIds(total), page) as { id: string }[]).map((r) => r.id);
  return { total, ids };
}

const argsArb = fc
  .record(
    {
      query: fc.constantFrom('张', '王秀', '有限', '公司', '劳人仲案字', 'prov', '9', '12', '〔2026〕'),
      status: fc.constantFrom(...CASE_STATUS_CODES),
      kind: fc.constantFrom('mediation' as const, 'arbitration' as const),
      reason: fc.constantFrom(...DISPUTE_REASON_CODES),
      dateFrom: fc.constantFrom('2025-06-01', '2026-01-01'),
      dateTo: fc.constantFrom('2026-03-01', '2026-12-31'),
      voided: fc.constantFrom('exclude' as const, 'include' as const, 'only' as const),
      sort: fc.constantFrom(...(Object.keys(SORT_SQL) as ListCasesArgs['sort'][])),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
      offset: fc.constantFrom(0, 7, 40),
      limit: fc.constantFrom(1, 10, 50),
    },
    { requiredKeys: [] },
  )
  .map((a) => ListCasesInput.parse(a));

describe('case list plans equal the plain definition', () => {
  it('has live, voided and deleted cases to list', () => {
    expect(rows.some((r) => r.voided_at !== null && r.deleted_at === null)).toBe(true);
    expect(rows.some((r) => r.deleted_at !== null)).toBe(true);
  });

  it('property: every filter, sort and voided mode, the page read from the set or along the index', () => {
    fc.assert(
      fc.property(argsArb, (args) => {
        const want = truth(args);
        expect(planned(args, Number.POSITIVE_INFINITY)).toEqual(want);
        expect(planned(args, 0)).toEqual(want);
        // Scoped to the one office every seeded case belongs to: the scope's SQL runs and changes nothing.
        expect(planned(args, 0, offices)).toEqual(want);
        expect(planned(args, Number.POSITIVE_INFINITY, offices)).toEqual(want);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it("a reader scope keeps only their offices' cases (and leaves the plan alone when they read every office)", () => {
    const office = (core.db.prepare('SELECT office_id AS o FROM cases LIMIT 1').get() as { o: string }).o;
    const args = ListCasesInput.parse({ reason: 'overtime' });
    const all = truth(args);
    expect(core.services.repos.caseQuery.list(args, [office]).total).toBe(all.total);
    expect(core.services.repos.caseQuery.list(args, ['no-such-office']).total).toBe(0);
    const scoped = planCaseList(args, { readerOffices: ['no-such-office'] });
    const total = scoped.count.reduce(
      (t, p) => t + p.sign * (get(p.sql, scoped.params)[0] as { n: number }).n,
      0,
    );
    expect(total).toBe(0);
    expect(get(scoped.pageIds(total), { ...scoped.params, limit: 50, offset: 0 })).toEqual([]);
  });

  it('the repository returns the same pages', () => {
    for (const a of [
      {},
      { reason: 'overtime' },
      { query: '有限' },
      { status: 'closed', offset: 5 },
    ] as const) {
      const args = ListCasesInput.parse(a);
      const page = core.services.cases.list(args);
      expect({ total: page.total, ids: page.rows.map((r) => r.id) }).toEqual(truth(args));
    }
  });
});

const plansOf = (sql: string, params: ListParams): string =>
  (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(bind(sql, params)) as { detail: string }[])
    .map((r) => r.detail)
    .join(' | ');

describe('hot list shapes use the indexes written for them', () => {
  const shapes = (a: Partial<ListCasesArgs>, total: number) => {
    const plan = planCaseList(ListCasesInput.parse(a));
    const page = { ...plan.params, limit: 50, offset: 0 };
    return {
      count: plan.count.map((p) => plansOf(p.sql, plan.params)),
      page: plansOf(plan.pageIds(total), page),
    };
  };

  it('a 案由: its kept count less deleted and voided cases on indexes, paged along idx_cases_live_received', () => {
    const { count, page } = shapes({ reason: 'overtime' }, 100_000);
    expect(count[0]).toMatch(/^SEARCH r USING (COVERING INDEX|PRIMARY KEY)/);
    expect(count.slice(1).join(' ')).not.toMatch(/SCAN c\b(?! USING)/);
    expect(page).toMatch(/SCAN c USING COVERING INDEX idx_cases_live_received/);
    expect(page).not.toMatch(/TEMP B-TREE/);
  });

  it('the whole list: its total kept in case_counts, paged on idx_cases_live_received without reading rows', () => {
    const { count, page } = shapes({}, 100_000);
    expect(count).toEqual(['SCAN t']); // the few rows of case_counts (migration 0016), not the cases
    expect(page).toMatch(/SCAN c USING COVERING INDEX idx_cases_live_received/);
  });

  it('a 2-character Chinese query: one range of the bigram index; an ID number: one key', () => {
    expect(shapes({ query: '王秀' }, 10).page).toMatch(/SEARCH b USING PRIMARY KEY \(gram=\?\)/);
    expect(shapes({ query: '11010519900307123x' }, 1).page).toMatch(/SEARCH k USING PRIMARY KEY \(key=\?\)/);
    expect(shapes({ query: '11010519900307123x' }, 1).count[0]).toMatch(/idx_cases_live_id/);
  });
});
