import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_NUMBER_PATTERN,
  formatCaseNumber,
  validateCaseNumberPattern,
} from '../../shared/documents/case-number';

describe('formatCaseNumber', () => {
  it.each([
    [
      '{简称}劳人仲案字〔{年}〕第{号}号',
      { shortName: '京朝', year: 2026, seq: 123 },
      '京朝劳人仲案字〔2026〕第123号',
    ],
    ['{简称}劳人仲字〔{年}〕{号}号', { shortName: '海', year: 2026, seq: 7 }, '海劳人仲字〔2026〕7号'],
    [
      '{简称}劳人仲{类型}字〔{年}〕第{号}号',
      { shortName: '浦', year: 2027, seq: 1, type: '简' },
      '浦劳人仲简字〔2027〕第1号',
    ],
    [
      '{简称}劳人仲案字〔{年}〕第{号}号',
      { shortName: '京朝', year: 2026, seq: 1, type: '裁' },
      '京朝劳人仲案字〔2026〕第1号',
    ],
    ['〔{年}〕{号}', { shortName: '', year: 2026, seq: 10000 }, '〔2026〕10000'],
    ['{ 年 }-{号}', { shortName: '', year: 2026, seq: 5 }, '2026-5'],
  ])('%s → %s', (pattern, parts, expected) => {
    expect(formatCaseNumber(pattern, parts)).toBe(expected);
  });

  it('writes the year in 六角括号 (U+3014/U+3015) and the serial number without leading zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 99_999 }), (year, seq) => {
        const no = formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, { shortName: '京朝', year, seq });
        expect(no).toBe(`京朝劳人仲案字\u3014${year}\u3015第${seq}号`);
        expect(no).not.toMatch(/第0/);
      }),
    );
  });

  it.each([
    [{ shortName: '京', year: 26, seq: 1 }, /年度应为四位数字/],
    [{ shortName: '京', year: 2026, seq: 0 }, /序号应为正整数/],
    [{ shortName: '京', year: 2026, seq: 1.5 }, /序号应为正整数/],
    [{ shortName: '', year: 2026, seq: 1 }, /缺少：\{简称\}/],
  ])('refuses bad parts %j', (parts, message) => {
    expect(() => formatCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, parts)).toThrow(message);
  });

  it('refuses a pattern with {类型} when no type is given, and an invalid pattern', () => {
    expect(() => formatCaseNumber('{类型}〔{年}〕{号}', { shortName: '京', year: 2026, seq: 1 })).toThrow(
      /\{类型\}/,
    );
    expect(() => formatCaseNumber('〔{年}〕{序号}', { shortName: '京', year: 2026, seq: 1 })).toThrow(
      /\{序号\}/,
    );
  });
});

describe('validateCaseNumberPattern', () => {
  it.each([
    ['{简称}劳人仲案字〔{年}〕第{号}号', ['简称', '年', '号']],
    ['{简称}劳人仲{类型}字〔{年}〕第{号}号', ['简称', '类型', '年', '号']],
    ['〔{年}〕{号}', ['年', '号']],
  ])('accepts %s', (pattern, placeholders) => {
    expect(validateCaseNumberPattern(pattern)).toEqual({ ok: true, value: placeholders });
  });

  it.each([
    ['{简称}劳人仲案字〔{年份}〕第{号}号', '案号格式含有无法识别的占位符：{年份}'],
    ['{地区}{部门}〔{年}〕第{号}号', '案号格式含有无法识别的占位符：{地区}、{部门}'],
    ['{简称}劳人仲案字第{号}号', '案号格式必须包含{年}'],
    ['{简称}劳人仲案字〔{年}〕', '案号格式必须包含{号}'],
    ['劳人仲案字', '案号格式必须包含{年}和{号}'],
    ['{简称劳人仲案字〔{年}〕第{号}号', '案号格式有误：第 1 个字符处的“{”没有对应的“}”'],
    ['简称}〔{年}〕{号}', '案号格式有误：第 3 个字符处的“}”没有对应的“{”'],
    ['{}〔{年}〕{号}', '案号格式有误：第 1 个字符处有空的占位符“{}”'],
  ])('rejects %s with a Chinese message naming the problem', (pattern, message) => {
    const result = validateCaseNumberPattern(pattern);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message.startsWith(message)).toBe(true);
    }
  });
});
