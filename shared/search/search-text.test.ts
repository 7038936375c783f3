import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  FIELD_SEPARATOR,
  normalizeSearch,
  renormalizeSearchText,
  routeQuery,
} from './search-text';

const CASE_NO = '示劳人仲案字〔2026〕第12号';
const stored = buildSearchText([CASE_NO]);
const finds = (query: string) => stored.includes(normalizeSearch(query));

describe('案号 as people type them (issue 10 item 9)', () => {
  it.each([
    '[2026]12',
    '(2026)第12号',
    '（2026）12',
    '【2026】12号',
    '〔２０２６〕第１２号',
    '［2026］12',
    '〖2026〗12',
    '( 2026 ) 第 12 号',
    ' 示劳人 仲案字 ',
    '案字(2026)',
    '第12号',
    '12号',
    '示劳人仲案字[2026]第12号',
    '示劳人仲案字〔2026〕第12号',
  ])('%s finds %s', (query) => {
    expect(finds(query)).toBe(true);
  });

  it.each(['[2025]12', '(2026)13', '【2026】第2号', '〔2026〕120号'])('%s does not', (query) => {
    expect(finds(query)).toBe(false);
  });

  it('folds brackets in names too, the same on both sides', () => {
    const text = buildSearchText(['某某（福州）科技有限公司']);
    expect(text).toBe('某某〔福州〕科技有限公司');
    expect(text.includes(normalizeSearch('(福州)'))).toBe(true);
  });

  it('keeps full-width folding, lower case and the literal treatment of LIKE wildcards', () => {
    expect(normalizeSearch(' ＡＢＣ１２３ ')).toBe('abc123');
    expect(routeQuery('[2026]12')).toEqual({ kind: 'fts', pattern: '%〔2026〕12%' });
    // The trigram table's LIKE takes no ESCAPE: a query holding a wildcard is scanned for literally.
    expect(routeQuery('50%_x')).toEqual({ kind: 'like', pattern: '%50\\%\\_x%' });
    expect(routeQuery('(')).toEqual({ kind: 'like', pattern: '%〔%' });
  });

  it('property: normalising twice changes nothing, and re-normalising stored text equals building it anew', () => {
    const piece = fc.constantFrom(
      ...'第第12 3〔〕[]()（）【】〖〗案字号AbＣ１２　'.split(''),
      '示劳人仲案字',
      '有限公司',
    );
    const field = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 4 }), (fields) => {
        for (const f of fields) expect(normalizeSearch(normalizeSearch(f))).toBe(normalizeSearch(f));
        const oldRule = fields
          .filter((f) => f.trim() !== '')
          .map((f) => f.normalize('NFKC').trim().toLowerCase())
          .join(FIELD_SEPARATOR);
        expect(renormalizeSearchText(oldRule)).toBe(buildSearchText(fields));
      }),
      { numRuns: 500 },
    );
  });
});
