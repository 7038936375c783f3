import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORDING,
  fillWording,
  findPlaceholders,
  MissingFactError,
  validateWording,
} from '../../shared/documents/wording';

const OPENING = '你（单位）{申请日期}送来的仲裁申请书已收悉。';

describe('fillWording', () => {
  it.each([
    [OPENING, { 申请日期: '2026年1月15日' }, '你（单位）2026年1月15日送来的仲裁申请书已收悉。'],
    ['{a}{a}{b}', { a: 'x', b: 1 }, 'xx1'],
    ['请于{ 日期 }前到庭', { 日期: '2026年3月10日' }, '请于2026年3月10日前到庭'],
    ['无占位符', {}, '无占位符'],
    ['金额{金额}', { 金额: 0 }, '金额0'],
  ])('%s', (text, values, expected) => {
    expect(fillWording(text, values)).toBe(expected);
  });

  it('throws MissingFactError listing every placeholder without a value (never a blank)', () => {
    const text = '{申请人}于{申请日期}申请仲裁，请求{请求事项}，{申请人}……';
    let error: unknown;
    try {
      fillWording(text, { 申请人: '张三', 申请日期: '  ', 请求事项: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingFactError);
    expect((error as MissingFactError).placeholders).toEqual(['申请日期', '请求事项']);
    expect((error as MissingFactError).message).toBe('缺少以下事实，无法生成文书：申请日期、请求事项');
    expect(() => fillWording(OPENING, {})).toThrow(MissingFactError);
    // Inherited object keys are not values.
    expect(() => fillWording('{toString}', {})).toThrow(MissingFactError);
  });

  it('refuses malformed braces', () => {
    expect(() => fillWording('你{申请日期', { 申请日期: 'x' })).toThrow(/没有对应的“}”/);
  });
});

describe('validateWording', () => {
  it('accepts known placeholders and returns them', () => {
    expect(validateWording(OPENING, ['申请日期', '案号'])).toEqual({ ok: true, value: ['申请日期'] });
  });

  it.each([
    [OPENING, [], '文书用语含有无法识别的占位符：{申请日期}（可用：无）'],
    ['{申请日起}送来', ['申请日期'], '文书用语含有无法识别的占位符：{申请日起}（可用：{申请日期}）'],
    ['{甲}{乙}{甲}', ['丙'], '文书用语含有无法识别的占位符：{甲}、{乙}（可用：{丙}）'],
    ['{{申请日期}}', ['申请日期'], '文书用语格式有误：第 1 个字符处的“{”没有对应的“}”'],
  ])('rejects %s', (text, allowed, message) => {
    const result = validateWording(text, allowed);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
  });

  it('keeps every default wording block within its placeholders', () => {
    for (const block of DEFAULT_WORDING) {
      expect(validateWording(block.text, block.placeholders)).toEqual({
        ok: true,
        value: [...block.placeholders],
      });
    }
  });
});

describe('findPlaceholders', () => {
  it('lists names in order of first appearance', () => {
    expect(findPlaceholders('{b}{a}{b}')).toEqual({ ok: true, value: ['b', 'a'] });
  });
});
