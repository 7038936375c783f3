import { readResourceJson } from '../../../tests/helpers/resources';
import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../shared/elements';
import type { ElementTemplate } from '../../../shared/elements';
import { applicantToForm } from './sheet-forms';
import { sameAsPrefill, sameAsSourceKey, savedAtText, sheetOf } from './sheet-data';
import type { SheetView } from './sheet-data';

function shipped(id: string): ElementTemplate {
  const v = validateTemplate(readResourceJson(`elements/${id}.json`));
  if (!v.ok) throw new Error(id);
  return v.template;
}
const base = shipped('base');
const ut = shipped('unlawful_termination');
const sheet = (
  templateId: string,
  side: SheetView['side'],
  data: unknown,
  updatedAt = '2026-01-05T08:30:00.000Z',
) => ({
  templateId,
  templateVersion: 1,
  side,
  data,
  updatedAt,
});

describe('sameAs prefill', () => {
  const sheets = [
    sheet('base', 'applicant', {
      hireDate: '2019-03-15',
      separationDate: '2025-09-30',
      avgMonthlyWage12Fen: 900_000,
      statedReason: '旷工',
    }),
    sheet('base', 'respondent', { hireDate: { stance: 'admit' } }),
  ];

  it("fills blank fields from the named template's saved applicant sheet", () => {
    const fill = sameAsPrefill(ut, [base, ut], sheets, applicantToForm(ut, {}));
    expect(fill).toEqual({
      startDate: '2019-03-15',
      endDate: '2025-09-30',
      avgMonthlyWageFen: '9000.00',
      terminationReason: '旷工',
    });
  });

  it('never overwrites a value already there, and needs the source template', () => {
    const form = applicantToForm(ut, { startDate: '2018-01-01' });
    expect(sameAsPrefill(ut, [base, ut], sheets, form)['startDate']).toBeUndefined();
    expect(sameAsPrefill(ut, [ut], sheets, form)).toEqual({});
    expect(sameAsPrefill(base, [base, ut], sheets, applicantToForm(base, {}))).toEqual({});
  });

  it('keys the prefill on when the source sheets were saved', () => {
    expect(sameAsSourceKey(ut, sheets)).toBe('base:2026-01-05T08:30:00.000Z');
    expect(sameAsSourceKey(ut, [])).toBe('base:');
    expect(sameAsSourceKey(base, sheets)).toBe('');
  });
});

describe('sheets', () => {
  it('finds a side of a template and shows when it was saved (China time)', () => {
    const s = [sheet('ut', 'findings', [])];
    expect(sheetOf(s, 'ut', 'findings')).toBe(s[0]);
    expect(sheetOf(s, 'ut', 'applicant')).toBeUndefined();
    expect(savedAtText('2026-01-05T20:30:00.000Z')).toBe('2026-01-06 04:30');
    expect(savedAtText('nonsense')).toBe('nonsense');
  });
});
