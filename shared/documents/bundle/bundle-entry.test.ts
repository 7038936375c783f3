import { describe, expect, it } from 'vitest';
import { sizeText, uniquePath, zipSafeName } from './bundle-entry';

describe('court bundle file names', () => {
  it('keeps Chinese names, drops what a path or Windows refuses', () => {
    expect(zipSafeName('示劳劳人仲案字〔2026〕第1号-受理通知书-v1.docx')).toBe(
      '示劳劳人仲案字〔2026〕第1号-受理通知书-v1.docx',
    );
    expect(zipSafeName('../a/b:c*?.pdf')).toBe('__a_b_c_.pdf');
    expect(zipSafeName('回执 扫描.pdf')).toBe('回执_扫描.pdf');
  });

  it('numbers a second file of the same name before its extension', () => {
    const taken = new Set<string>();
    expect(uniquePath(taken, '02-送达回证', '回执.pdf')).toBe('02-送达回证/回执.pdf');
    expect(uniquePath(taken, '02-送达回证', '回执.pdf')).toBe('02-送达回证/回执-2.pdf');
    expect(uniquePath(taken, '04-证据材料', '回执.pdf')).toBe('04-证据材料/回执.pdf');
    expect(uniquePath(taken, '', '')).toBe('file');
  });

  it('writes sizes for a person', () => {
    expect([sizeText(512), sizeText(12_595), sizeText(3 * 1024 * 1024)]).toEqual([
      '512 B',
      '12.3 KB',
      '3.0 MB',
    ]);
  });
});
