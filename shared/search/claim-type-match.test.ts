import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSynonyms } from '../domain/claim-synonyms';
import { DISPUTE_REASONS, DISPUTE_REASON_CODES } from '../domain/reference-data';
import { claimTypeEntries, matchClaimTypes, normalizeForMatch } from './claim-type-match';

// The shipped table, read as data the way the app reads it.
const shipped = ClaimSynonyms.parse(
  JSON.parse(readFileSync(new URL('../../resources/claim-synonyms/default.json', import.meta.url), 'utf8')),
);
const ENTRIES = claimTypeEntries(shipped);
const first = (q: string) => matchClaimTypes(q, ENTRIES)[0];

describe('finding a claim type by what people type (shipped words)', () => {
  it.each([
    ['拖欠工资', 'wage_arrears', '拖欠工资'],
    ['欠薪', 'wage_arrears', '欠薪'],
    ['工资没发', 'wage_arrears', '工资没发'],
    ['公司拖欠工资三个月', 'wage_arrears', '拖欠工资'],
    ['加班费', 'overtime', '加班费'],
    ['加班工资', 'overtime', '加班工资'],
    ['周末加班', 'overtime', '周末加班'],
    ['赔偿金', 'unlawful_termination', '赔偿金'],
    ['违法辞退', 'unlawful_termination', '违法辞退'],
    ['开除', 'unlawful_termination', '开除'],
    ['2N', 'unlawful_termination', '2N'],
    ['ｎ＋１', 'economic_compensation', 'N+1'],
    ['社保', 'social_insurance', '社保'],
    ['工伤', 'work_injury', '工伤'],
    ['年假', 'annual_leave', '年假'],
    ['二倍工资', 'double_wages', '二倍工资'],
    ['没签合同', 'double_wages', '没签合同'],
    ['押金', 'other', '押金'],
    ['确认劳动关系', 'confirm_relationship', '确认劳动关系'],
    ['竞业', 'non_compete', '竞业限制补偿'],
    ['经济补偿', 'economic_compensation', '经济补偿'],
    ['overtime', 'overtime', '加班费'],
    ['wage', 'wage_arrears', '追索劳动报酬'],
    [' 欠 薪 ', 'wage_arrears', '欠薪'],
  ])('%s → %s (by %s)', (query, code, matched) => {
    expect(first(query)).toMatchObject({ code, matched });
  });

  it('ranks a name above a word above a phrase, and lists each type once', () => {
    const r = matchClaimTypes('经济补偿', ENTRIES);
    expect(r.map((m) => m.code)).toEqual(['economic_compensation', 'forced_resignation']);
    expect(matchClaimTypes('加班工资', ENTRIES).map((m) => m.code)).toEqual(['overtime', 'wage_arrears']);
  });

  it('finds nothing for an empty query or an unrelated word', () => {
    expect(matchClaimTypes('', ENTRIES)).toEqual([]);
    expect(matchClaimTypes('   ', ENTRIES)).toEqual([]);
    expect(matchClaimTypes('房屋租赁', ENTRIES)).toEqual([]);
  });

  it('the shipped table covers every type with at least one word', () => {
    for (const code of DISPUTE_REASON_CODES) expect(shipped[code]?.length ?? 0, code).toBeGreaterThan(0);
  });
});

// Any table an administrator could save: words of CJK and ASCII letters under random types.
const word = fc
  .array(fc.constantFrom(...'工资欠薪加班补偿社保年假合同开除赔偿金abcN+12 '), { minLength: 1, maxLength: 8 })
  .map((cs) => cs.join(''))
  .filter((w) => w.trim() !== '');
const table = fc
  .dictionary(
    fc.constantFrom(...DISPUTE_REASON_CODES),
    fc.uniqueArray(word, { maxLength: 6, selector: (w) => w.trim() }),
  )
  .map((t) => ClaimSynonyms.parse(t));
const FULL_WIDTH = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe('matcher properties', () => {
  it('every type’s own name finds it first, whatever words the table holds', () => {
    fc.assert(
      fc.property(table, (t) => {
        const entries = claimTypeEntries(t);
        for (const r of DISPUTE_REASONS) expect(matchClaimTypes(r.label, entries)[0]?.code).toBe(r.code);
      }),
      { numRuns: 200 },
    );
  });

  it('every word finds its type, and full-width or spaced typing finds the same as plain', () => {
    fc.assert(
      fc.property(table, word, (t, q) => {
        const entries = claimTypeEntries(t);
        for (const [code, words] of Object.entries(t))
          for (const w of words ?? []) expect(matchClaimTypes(w, entries).map((m) => m.code)).toContain(code);
        expect(matchClaimTypes(FULL_WIDTH(q), entries)).toEqual(matchClaimTypes(q, entries));
        expect(matchClaimTypes(` ${q.split('').join(' ')} `, entries)).toEqual(matchClaimTypes(q, entries));
      }),
      { numRuns: 200 },
    );
  });

  it('results are distinct types in non-increasing score, each found by a name or word it has', () => {
    fc.assert(
      fc.property(table, word, (t, q) => {
        const entries = claimTypeEntries(t);
        const r = matchClaimTypes(q, entries);
        expect(new Set(r.map((m) => m.code)).size).toBe(r.length);
        for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
        for (const m of r) {
          const e = entries.find((x) => x.code === m.code);
          expect([e?.label, ...(e?.synonyms ?? [])]).toContain(m.matched);
          const both = [normalizeForMatch(m.matched), normalizeForMatch(m.code)];
          const qn = normalizeForMatch(q);
          expect(both.some((x) => x.includes(qn) || qn.includes(x))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
