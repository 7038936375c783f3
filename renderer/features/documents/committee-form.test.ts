import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../../../shared/documents/case-number';
import { caseNumberPreview } from './committee-form';

describe('案号 preview', () => {
  it('fills the pattern as acceptance would', () => {
    expect(caseNumberPreview(DEFAULT_CASE_NUMBER_PATTERN, '示劳', 2026)).toEqual({
      ok: true,
      text: '示劳劳人仲案字〔2026〕第1号',
    });
    expect(caseNumberPreview(' {年}-{号} ', '', 2027, 12)).toEqual({ ok: true, text: '2027-12' });
  });
  it('says why a pattern cannot produce a number', () => {
    const unknown = caseNumberPreview('{简称}{年度}第{号}号', '示劳', 2026);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('{年度}');
    const noShort = caseNumberPreview(DEFAULT_CASE_NUMBER_PATTERN, ' ', 2026);
    expect(noShort.ok).toBe(false);
    if (!noShort.ok) expect(noShort.message).toContain('{简称}');
  });
});

describe('mediation number preview', () => {
  it('fills {类型} with the type given (调 for a station)', () => {
    expect(caseNumberPreview('{简称}{类型}〔{年}〕{号}号', '某街', 2026, 1, '调')).toEqual({
      ok: true,
      text: '某街调〔2026〕1号',
    });
  });
});
