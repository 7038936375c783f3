import { describe, expect, it } from 'vitest';
import { linkedCaseLabel, tribunalIds, tribunalText } from './procedure-display';
import { deemedServedOn, documentLabel, methodLabel } from './service-display';

const staff = [
  { id: 'a', name: '张仲裁' },
  { id: 'b', name: '李仲裁' },
  { id: 'c', name: '王仲裁' },
];

describe('tribunal', () => {
  it('names a sole arbitrator or a panel', () => {
    expect(tribunalText(null, staff)).toBeNull();
    expect(tribunalText({ mode: 'sole', presidingId: 'a', memberIds: ['a'] }, staff)).toBe('独任：张仲裁');
    expect(tribunalText({ mode: 'panel', presidingId: 'a', memberIds: ['a', 'b', 'c'] }, staff)).toBe(
      '首席：张仲裁；仲裁员：李仲裁、王仲裁',
    );
    expect(tribunalText({ mode: 'sole', presidingId: 'zzz', memberIds: [] }, staff)).toBe('独任：zzz');
  });
  it('lists the arbitrators once, presiding first', () => {
    expect(tribunalIds({ mode: 'panel', presidingId: 'b', memberIds: ['a', 'b', 'c'] })).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(tribunalIds(null)).toEqual([]);
  });
  it('describes the linked case from this side', () => {
    expect(linkedCaseLabel('mediation')).toBe('已转仲裁案件');
    expect(linkedCaseLabel('arbitration')).toBe('原调解案件');
  });
});

describe('service display', () => {
  it('labels documents and methods', () => {
    expect(documentLabel('hearing_notice')).toBe('开庭通知书');
    expect(methodLabel('public_notice')).toBe('公告送达');
    expect(methodLabel('carrier_pigeon')).toBe('carrier_pigeon');
  });
  it('deems 公告 served thirty days after publication', () => {
    expect(deemedServedOn('2026-09-01')).toBe('2026-10-01');
    expect(deemedServedOn('2026-12-15')).toBe('2027-01-14');
    expect(deemedServedOn(undefined)).toBeNull();
    expect(deemedServedOn('2026-02-30')).toBeNull();
  });
});
