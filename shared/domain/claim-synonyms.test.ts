import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimSynonyms, synonymIssueText } from './claim-synonyms';

const messages = (value: unknown): string[] => {
  const r = ClaimSynonyms.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => synonymIssueText(i.path, i.message));
};

describe('ClaimSynonyms (resources/claim-synonyms, setting claim.synonyms)', () => {
  it('accepts the shipped table', () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL('../../resources/claim-synonyms/default.json', import.meta.url), 'utf8'),
    );
    expect(messages(shipped)).toEqual([]);
  });

  it('trims words and accepts a type left out', () => {
    expect(ClaimSynonyms.parse({ overtime: [' 加班 '] })).toEqual({ overtime: ['加班'] });
  });

  it.each([
    ['an unknown type', { salary: ['工资'] }, /未知的请求类型/],
    ['an empty word', { wage_arrears: ['欠薪', '  '] }, /^“追索劳动报酬”第 2 个常用说法：常用说法不能为空$/],
    [
      'a word too long',
      { overtime: ['加'.repeat(21)] },
      /^“加班费”第 1 个常用说法：常用说法不能超过 20 个字符$/,
    ],
    [
      'a word twice in one type',
      { wage_arrears: ['欠薪', ' 欠薪'] },
      /^“追索劳动报酬”第 2 个常用说法：“欠薪”重复$/,
    ],
    ['a list that is not a list', { overtime: '加班' }, /^“加班费”：常用说法须为列表$/],
    ['a word that is not text', { overtime: [12] }, /^“加班费”第 1 个常用说法：常用说法须为文字$/],
    ['too many words', { overtime: Array.from({ length: 51 }, (_, i) => `词${i}`) }, /最多 50 个常用说法/],
  ])('refuses %s with a message naming the type and word', (_name, value, pattern) => {
    const m = messages(value);
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(pattern);
  });

  it('allows the same word under two types (both are offered)', () => {
    expect(messages({ unlawful_termination: ['辞退'], economic_compensation: ['辞退'] })).toEqual([]);
  });
});
