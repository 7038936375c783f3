import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../shared/util/seeded-random';
import { normalizeSearch, routeQuery } from '../../shared/search/search-text';
import { createTestCore, initialize, type TestCore } from '../helpers/core';

/**
 * The search contract: for any query, the cases found are exactly those where some searchable field
 * (案号, a party's name, 公民身份号码 or 统一社会信用代码) contains the query as a substring — whichever index
 * answers it (shared/search/search-text.ts routeQuery): 1 character or 2 ASCII ones (LIKE scan), 2 characters
 * with a Chinese one (bigram index, migration 0014), 3–17 (FTS5 trigram), 18 or more (the 18-character key
 * index, migration 0014). Each test also checks its queries took the route it is about.
 */
/** Enough that common queries (案号 prefixes, 有限, frequent surnames) span many 200-row pages. */
const CASES = 3_000;
let core: TestCore;
let fields: { id: string; values: string[] }[];

beforeAll(() => {
  core = createTestCore();
  const admin = initialize(core);
  const r = core.services.demo.seed(CASES, admin, { seed: 42 });
  if (!r.ok) throw new Error(r.error.message);
  const rows = core.db
    .prepare(
      `SELECT c.id, c.provisional_no, c.official_no, json_group_array(json_array(p.name, p.id_number, p.credit_code)) AS ps
       FROM cases c JOIN parties p ON p.case_id = c.id GROUP BY c.id`,
    )
    .all() as { id: string; provisional_no: string; official_no: string | null; ps: string }[];
  fields = rows.map((r) => ({
    id: r.id,
    values: [r.provisional_no, r.official_no, ...(JSON.parse(r.ps) as (string | null)[][]).flat()]
      .filter((v): v is string => typeof v === 'string')
      .map(normalizeSearch),
  }));
  // Seeded through the mutation path: a minute or more on a loaded 2-core machine.
}, 900_000);
afterAll(() => core.dispose());

function truth(query: string): Set<string> {
  const q = normalizeSearch(query);
  return new Set(fields.filter((f) => f.values.some((v) => v.includes(q))).map((f) => f.id));
}

function found(query: string): Set<string> {
  const ids = new Set<string>();
  let total = 0;
  for (let offset = 0; ; offset += 200) {
    const page = core.services.cases.list({
      query,
      voided: 'exclude',
      sort: 'receivedDate',
      dir: 'desc',
      offset,
      limit: 200,
    });
    total = page.total;
    page.rows.forEach((r) => ids.add(r.id));
    if (page.rows.length < 200) break;
  }
  expect(ids.size).toBe(total);
  return ids;
}

const sample = (
  n: number,
  seed: number,
  pick: (values: string[], rng: ReturnType<typeof createRng>) => string | null,
) => {
  const rng = createRng(seed);
  const out: string[] = [];
  while (out.length < n) {
    const f = rng.pick(fields);
    const q = pick(f.values, rng);
    if (q) out.push(q);
  }
  return out;
};

describe('case search equals the substring truth over 10,000 seeded cases', () => {
  it('has 10,000 cases to search', () => {
    expect(fields.length).toBe(CASES);
  });

  const routed = (q: string) => routeQuery(q).kind;

  it('2-character Chinese queries (bigram index)', () => {
    const queries = [
      ...sample(30, 1, (v, rng) => {
        const name = v[2] ?? '';
        const i = rng.int(0, Math.max(0, name.length - 2));
        const pair = name.slice(i, i + 2);
        // A field's pair with a Chinese character (the third value is not always a name).
        return name.length >= 2 && [...pair].some((c) => c.charCodeAt(0) > 127) ? pair : null;
      }),
      '张三',
      '王五',
      '李伟',
      '〔2',
      '6〕',
    ];
    for (const q of queries) {
      expect(routed(q), q).toBe('bigram');
      expect(found(q), q).toEqual(truth(q));
    }
  }, 120_000);

  it('1-character and 2 ASCII character queries (LIKE scan)', () => {
    for (const q of ['王', '刘', '司', '9', 'x', '12', 'x1', '91']) {
      expect(routed(q), q).toBe('like');
      expect(found(q), q).toEqual(truth(q));
    }
  });

  it('18+ character queries: whole ID numbers and credit codes, long names and their parts (key index)', () => {
    const long = (v: string[]) => v.filter((x) => [...x].length >= 18);
    const queries = [
      ...sample(15, 11, (v) => v.find((x) => /^\d{17}[\dx]$/.test(x)) ?? null),
      ...sample(10, 12, (v) => v.find((x) => /^91/.test(x) && x.length === 18) ?? null),
      ...sample(10, 13, (v, rng) => {
        const f = long(v);
        if (f.length === 0) return null;
        const chars = [...rng.pick(f)];
        const start = rng.int(0, chars.length - 18);
        return chars.slice(start, start + rng.int(18, chars.length - start)).join('');
      }),
      '110105199003071234x', // 19 characters: no field holds it
    ];
    expect(queries.length).toBeGreaterThan(30);
    for (const q of queries) {
      expect(routed(q), q).toBe('key');
      expect(found(q), q).toEqual(truth(q));
    }
  }, 120_000);

  it('3+ character queries: full names, employer names, ID numbers and their parts, credit codes, case numbers', () => {
    const queries = [
      ...sample(20, 2, (v) => v[2] ?? null),
      ...sample(10, 3, (v) => v.find((x) => /^\d{17}[\dx]$/.test(x)) ?? null),
      ...sample(10, 4, (v, rng) => {
        const id = v.find((x) => /^\d{17}[\dx]$/.test(x));
        if (!id) return null;
        const i = rng.int(0, 10);
        return id.slice(i, i + rng.int(3, 8));
      }),
      ...sample(10, 5, (v) => v.find((x) => /^91/.test(x))?.slice(2, 12) ?? null),
      ...sample(10, 6, (v) => v.find((x) => x.includes('劳人仲案字')) ?? null),
      ...sample(10, 7, (v) => (v.find((x) => x.includes('有限')) ?? '').slice(0, 4) || null),
      'prov-',
      '劳人仲案字〔2026〕',
    ];
    for (const q of queries) expect(found(q), q).toEqual(truth(q));
  }, 120_000);

  it('案号 typed with other brackets, without 第 or 号, or with full-width digits (issue 10 item 9)', () => {
    const rows = core.db
      .prepare('SELECT id, official_no AS no FROM cases WHERE official_no IS NOT NULL ORDER BY id LIMIT 8')
      .all() as { id: string; no: string }[];
    expect(rows.length).toBe(8);
    const wide = (d: string) => d.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const { id, no } of rows) {
      const m = /^(.*)〔(\d{4})〕第(\d+)号$/.exec(no);
      expect(m, no).not.toBeNull();
      const [, prefix, year, seq] = m as unknown as [string, string, string, string];
      const variants = [
        `[${year}]${seq}`,
        `(${year})第${seq}号`,
        `（${year}）${seq}`,
        `【${year}】${seq}号`,
        `〔${wide(year)}〕第${wide(seq)}号`,
        `( ${year} ) ${seq} 号`,
      ];
      for (const q of variants) {
        const got = found(q);
        expect(got.has(id), `${q} → ${no}`).toBe(true);
        expect(got, q).toEqual(truth(q));
      }
      // The whole number in any bracket style finds exactly what the number as written finds.
      const exact = found(no);
      for (const q of [
        `${prefix}[${year}]${seq}号`,
        `${prefix}（${year}）第${seq}号`,
        `${prefix}【${year}】${seq}号`,
      ])
        expect(found(q), q).toEqual(exact);
    }
  }, 120_000);

  it('treats LIKE and MATCH syntax in the input as literal text', () => {
    for (const q of ['%', '_', '%%', '"', '张"三', '100%', 'a_b', '*', 'OR', 'NEAR(', '\\'])
      expect(found(q), q).toEqual(truth(q));
  });

  it('property: any substring of any searchable field finds its case, and results equal the truth', () => {
    const routes = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: fields.length - 1 }),
        fc.nat(),
        fc.integer({ min: 2, max: 10 }),
        (i, start, size) => {
          // 2–8 characters from anywhere, or (size 9, 10) a whole field of up to 24 — an ID number or a credit
          // code is 18, the key index's length.
          const whole = size > 8;
          const len = whole ? 24 : size;
          const f = fields[i];
          const values = f?.values.filter((v) => v.length > 0) ?? [];
          const v = values[start % Math.max(1, values.length)] ?? '';
          const s = whole ? 0 : start % Math.max(1, v.length);
          const q = v.slice(s, s + len);
          if (q.trim() === '' || f === undefined) return;
          routes.add(routed(q));
          const got = found(q);
          expect(got.has(f.id)).toBe(true);
          expect(got).toEqual(truth(q));
        },
      ),
      { numRuns: 40, seed: 20261125 },
    );
    // The generated queries reached every indexed route, so the property covers each (LIKE has its own test).
    expect([...routes].sort()).toEqual(expect.arrayContaining(['bigram', 'fts', 'key']));
  }, 120_000);
});
