import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/procedure/machine';
import * as limitationBasis from '../../shared/limitation/basis';
import { RULES } from '../helpers/deadline-rules';

// Issue 10 item 6: every citation names its article (第…条, with 款/项 where known). A citation is split at “；”;
// each part that names an instrument (《…》) must go on with the article — “《某法》” alone, or “《某法》的有关规定”,
// tells a clerk nothing they can look up.

const ARTICLE = /^《[^》]+》第[〇零一二三四五六七八九十百千]+条/;

function withoutArticle(citation: string): string[] {
  return citation
    .split('；')
    .map((part) => part.trim())
    .filter((part) => part.includes('《') && !ARTICLE.test(part.slice(part.indexOf('《'))));
}

/** Literals that are a citation and nothing else, e.g. '《劳动合同法》第四十七条' in a calculator's basis list. */
function citationLiterals(dir: string): { file: string; text: string }[] {
  const root = join(import.meta.dirname, '../..', dir);
  return readdirSync(root)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) =>
      [...readFileSync(join(root, f), 'utf8').matchAll(/'(《[^》']+》[^'，。、；]*)'/gu)].map((m) => ({
        file: `${dir}/${f}`,
        text: m[1] as string,
      })),
    );
}

describe('every citation names its article', () => {
  it('finds a missing article (the check can fail)', () => {
    expect(withoutArticle('《企业劳动争议协商调解规定》')).toEqual(['《企业劳动争议协商调解规定》']);
    expect(withoutArticle('《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》')).toHaveLength(1);
    expect(withoutArticle('《劳动争议调解仲裁法》第三十条第二款；《民法典》第二百零一条')).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r.citation]))('deadline rule %s: %s', (_id, citation) => {
    expect(withoutArticle(citation)).toEqual([]);
  });

  it.each(ACTIONS.filter((a) => a.citation !== undefined).map((a) => [a.id, a.citation as string]))(
    'procedure action %s: %s',
    (_id, citation) => {
      expect(withoutArticle(citation)).toEqual([]);
    },
  );

  it('the limitation check’s basis', () => {
    const statutes = Object.values(limitationBasis).filter((v) => v.startsWith('《'));
    expect(statutes.length).toBeGreaterThan(5);
    expect(statutes.flatMap(withoutArticle)).toEqual([]);
  });

  it('the calculators’ and the limitation check’s citation lists', () => {
    const found = [...citationLiterals('shared/calc'), ...citationLiterals('shared/limitation')];
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((c) => withoutArticle(c.text).length > 0)).toEqual([]);
  });
});
