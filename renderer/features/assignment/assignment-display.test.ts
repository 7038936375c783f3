import { describe, expect, it } from 'vitest';
import {
  assignKindLabel,
  chinaTime,
  handoverLines,
  isDirector,
  loadText,
  mayConfirmHandover,
  newestFirst,
  pendingHandover,
  staffName,
  type HistoryEntry,
} from './assignment-display';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'x',
  caseId: 'c',
  a: 'a1',
  b: 'b1',
  kind: 'proposal',
  reason: '',
  handover: null,
  handoverConfirmedAt: null,
  handoverConfirmedBy: null,
  createdAt: '2026-11-26T01:00:00.000Z',
  createdBy: 'd',
  ...over,
});
const sheet = { sheet: {}, text: ['案件交接单', '移交人：甲；接收人：丙'] };

describe('assignment display', () => {
  it('labels kinds, names people and knows the director', () => {
    expect(assignKindLabel('proposal')).toBe('采纳建议');
    expect(assignKindLabel('override')).toBe('调整');
    expect(assignKindLabel('reassign')).toBe('改派');
    expect(assignKindLabel('other')).toBe('other');
    const staff = [{ id: 'a1', name: '甲仲裁员' }];
    expect(staffName(staff, 'a1')).toBe('甲仲裁员');
    expect(staffName(staff, null)).toBe('未指定');
    expect(staffName(staff, 'gone')).toBe('（人员已不存在）');
    expect(isDirector(['admin', 'director'])).toBe(true);
    expect(isDirector(['admin'])).toBe(false);
  });

  it('reads handover lines defensively', () => {
    expect(handoverLines(sheet)).toEqual(sheet.text);
    expect(handoverLines(null)).toBeNull();
    expect(handoverLines({ text: 'no' })).toBeNull();
    expect(handoverLines({ text: [] })).toBeNull();
    expect(handoverLines({ text: ['a', 3] })).toEqual(['a']);
  });

  it('finds the latest handover still to confirm, and who may confirm it', () => {
    const older = entry({
      id: '1',
      kind: 'reassign',
      handover: sheet,
      handoverConfirmedAt: '2026-11-20T00:00:00Z',
    });
    const newer = entry({ id: '2', kind: 'reassign', handover: sheet, a: 'a2' });
    expect(pendingHandover([older])).toBeNull();
    expect(pendingHandover([older, newer])?.id).toBe('2');
    // A later plain override does not hide a pending sheet; a later confirmed sheet does.
    expect(pendingHandover([newer, entry({ id: '3', kind: 'override' })])?.id).toBe('2');
    expect(pendingHandover([newer, { ...older, id: '4' }])).toBeNull();
    expect(mayConfirmHandover(newer, { id: 'a2', roles: ['arbitrator'] })).toBe(true);
    expect(mayConfirmHandover(newer, { id: 'b1', roles: ['arbitrator'] })).toBe(false);
    expect(mayConfirmHandover(newer, { id: 'd', roles: ['director'] })).toBe(true);
  });

  it('orders history newest first and shows China time', () => {
    const h = [entry({ id: '1' }), entry({ id: '2', createdAt: '2026-11-26T02:00:00.000Z' })];
    expect(newestFirst(h).map((x) => x.id)).toEqual(['2', '1']);
    expect(chinaTime('2026-11-26T17:30:00.000Z')).toBe('2026-11-27 01:30');
    expect(chinaTime('bad')).toBe('bad');
    expect(loadText(0.1 + 0.2)).toBe('0.3');
    expect(loadText(1.333)).toBe('1.33');
  });
});
