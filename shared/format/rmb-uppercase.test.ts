import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { rmbUppercase } from './rmb-uppercase';

describe('rmbUppercase — examples from reference §5.4', () => {
  it.each([
    [28954652, '贰拾捌万玖仟伍佰肆拾陆元伍角贰分'],
    [53200, '伍佰叁拾贰元整'],
    [42503, '肆佰贰拾伍元零叁分'],
    [10150, '壹佰零壹元伍角整'],
    [100456, '壹仟零肆元伍角陆分'],
  ])('%d fen → %s', (fen, text) => {
    expect(rmbUppercase(fen)).toBe(text);
  });
});

describe('rmbUppercase — zeros, 万 and 亿', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1050, '壹拾元伍角整'],
    [1100, '壹拾壹元整'],
    [2000, '贰拾元整'],
    [10005, '壹佰元零伍分'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [10000000, '壹拾万元整'],
    [10700053, '壹拾万零柒仟元伍角叁分'],
    [100000000, '壹佰万元整'],
    [100010000, '壹佰万零壹佰元整'],
    [100100000, '壹佰万零壹仟元整'],
    [10000000000, '壹亿元整'],
    [10000000100, '壹亿零壹元整'],
    [10001000000, '壹亿零壹万元整'],
    [12345678900, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整'],
    [100000000000000, '壹万亿元整'],
    [123450000000000, '壹万贰仟叁佰肆拾伍亿元整'],
    [105000000000000, '壹万零伍佰亿元整'],
    [100000001000000, '壹万亿零壹万元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('%d fen → %s', (fen, text) => {
    expect(rmbUppercase(fen)).toBe(text);
  });

  it('can write 零 between a zero 元 digit and a non-zero 角 (reference §5.4 allows both)', () => {
    expect(rmbUppercase(1050, { zeroBeforeJiao: true })).toBe('壹拾元零伍角整');
    expect(rmbUppercase(168032, { zeroBeforeJiao: true })).toBe('壹仟陆佰捌拾元零叁角贰分');
    expect(rmbUppercase(100000050, { zeroBeforeJiao: true })).toBe('壹佰万元零伍角整');
    // No effect when the 元 digit is not 0, or when there is no 元 part.
    expect(rmbUppercase(10150, { zeroBeforeJiao: true })).toBe('壹佰零壹元伍角整');
    expect(rmbUppercase(50, { zeroBeforeJiao: true })).toBe('伍角整');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws RangeError for %d', (fen) => {
    expect(() => rmbUppercase(fen)).toThrow(RangeError);
  });
});

// Reads capitals back into fen (test oracle), handling 万, 亿 and 万亿.
function readBack(text: string): number {
  const DIGITS = '零壹贰叁肆伍陆柒捌玖';
  const body = text.replace(/整$/, '');
  const [integerText = '', fractionText = ''] = body.includes('元') ? body.split('元') : ['', body];
  let yi = 0;
  let wan = 0;
  let section = 0;
  let num = 0;
  for (const ch of integerText) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) num = d;
    else if (ch === '拾') [section, num] = [section + num * 10, 0];
    else if (ch === '佰') [section, num] = [section + num * 100, 0];
    else if (ch === '仟') [section, num] = [section + num * 1000, 0];
    else if (ch === '万') [wan, section, num] = [wan + (section + num) * 10_000, 0, 0];
    else if (ch === '亿') [yi, wan, section, num] = [yi + (wan + section + num) * 100_000_000, 0, 0, 0];
    else throw new Error(`unexpected ${ch} in ${text}`);
  }
  const yuan = yi + wan + section + num;
  const jiao = /(.)角/u.exec(fractionText)?.[1];
  const fen = /(.)分/u.exec(fractionText)?.[1];
  return (
    yuan * 100 +
    (jiao === undefined ? 0 : DIGITS.indexOf(jiao)) * 10 +
    (fen === undefined ? 0 : DIGITS.indexOf(fen))
  );
}

describe('rmbUppercase — properties', () => {
  const fenArb = fc.oneof(
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.integer({ min: 0, max: 100_000_000 }),
    // Sparse digits exercise the zero rules.
    fc
      .array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 })
      .map((ds) => Number(ds.join(''))),
  );

  it('uses only the financial characters (never 〇/一/二…/十/另/毛/两/正)', () => {
    fc.assert(
      fc.property(fenArb, fc.boolean(), (fen, zeroBeforeJiao) => {
        const text = rmbUppercase(fen, { zeroBeforeJiao });
        expect(text).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/u);
        expect(text).not.toMatch(/[〇一二三四五六七八九十另毛两正]/u);
      }),
    );
  });

  it('ends with 整 exactly when the 分 digit is 0, otherwise with 分', () => {
    fc.assert(
      fc.property(fenArb, (fen) => {
        const text = rmbUppercase(fen);
        expect(text.endsWith('整')).toBe(fen % 10 === 0);
        expect(text.endsWith('分')).toBe(fen % 10 !== 0);
      }),
    );
  });

  it('never repeats 零, never starts with 零 (except 零元整), 零 is always followed by a digit', () => {
    fc.assert(
      fc.property(fenArb, fc.boolean(), (fen, zeroBeforeJiao) => {
        const text = rmbUppercase(fen, { zeroBeforeJiao });
        if (fen === 0) return;
        expect(text).not.toMatch(/零零/u);
        expect(text.startsWith('零')).toBe(false);
        expect(text).not.toMatch(/零(?![壹贰叁肆伍陆柒捌玖])/u);
      }),
    );
  });

  it('reads back to the same amount', () => {
    fc.assert(
      fc.property(fenArb, fc.boolean(), (fen, zeroBeforeJiao) => {
        expect(readBack(rmbUppercase(fen, { zeroBeforeJiao }))).toBe(fen);
      }),
    );
  });
});
