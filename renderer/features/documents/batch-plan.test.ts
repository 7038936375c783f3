import { describe, expect, it } from 'vitest';
import {
  batchItems,
  choiceProblems,
  DEFAULT_BATCH,
  expandOptions,
  nextTuesday,
  percentDone,
} from './batch-plan';

describe('next Tuesday', () => {
  it('is the next date after today that is a Tuesday', () => {
    expect(nextTuesday('2026-11-26')).toBe('2026-12-01'); // Thursday
    expect(nextTuesday('2026-11-30')).toBe('2026-12-01'); // Monday
    expect(nextTuesday('2026-12-01')).toBe('2026-12-08'); // Tuesday itself → a week later
    expect(nextTuesday('2026-12-29')).toBe('2027-01-05'); // across the year
    expect(nextTuesday('2028-02-27')).toBe('2028-02-29'); // leap day
  });
  it('refuses a date that does not exist', () => {
    expect(() => nextTuesday('2026-02-30')).toThrow(RangeError);
  });
});

describe('batch items', () => {
  it('gives one document per chosen value of each option', () => {
    expect(expandOptions({ addressee: ['applicant', 'respondent'], document: ['hearing_notice'] })).toEqual([
      { addressee: 'applicant', document: 'hearing_notice' },
      { addressee: 'respondent', document: 'hearing_notice' },
    ]);
    expect(expandOptions({})).toEqual([{}]);
    expect(expandOptions({ addressee: [], volume: ['', '副卷', '副卷'] })).toEqual([{ volume: '副卷' }]);
  });
  it('keeps each case together: 2 cases × (2 notices + 2 receipts)', () => {
    const items = batchItems(['c1', 'c2'], DEFAULT_BATCH);
    expect(items).toHaveLength(8);
    expect(items.slice(0, 4).every((i) => i.caseId === 'c1')).toBe(true);
    expect(items[0]).toEqual({
      caseId: 'c1',
      templateId: 'hearing_notice',
      options: { addressee: 'applicant' },
    });
    expect(items[3]).toEqual({
      caseId: 'c1',
      templateId: 'service_receipt',
      options: { addressee: 'respondent', document: 'hearing_notice' },
    });
    expect(batchItems([], DEFAULT_BATCH)).toEqual([]);
  });
});

describe('progress', () => {
  it('is whole percent, never over 100', () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(3, 3)).toBe(100);
    expect(percentDone(5, 3)).toBe(100);
  });
});

describe('choice problems', () => {
  const templates = [
    {
      id: 'hearing_notice',
      title: '开庭通知书',
      options: [{ key: 'addressee', label: '受通知人', required: true }],
    },
    { id: 'file_cover', title: '案卷封面', options: [{ key: 'volume', label: '卷别', required: false }] },
  ];
  it('asks for a required option left empty', () => {
    expect(choiceProblems(DEFAULT_BATCH, templates)).toEqual([]);
    expect(
      choiceProblems(
        [
          { templateId: 'hearing_notice', options: { addressee: [''] } },
          { templateId: 'file_cover', options: {} },
          { templateId: 'unknown', options: {} },
        ],
        templates,
      ),
    ).toEqual(['开庭通知书：请选择受通知人']);
  });
});
