// Every document template builds from the sample contexts, and its text matches the golden file under
// __snapshots__/ (a normalised rendering, model-text.ts). The text never carries a blank where a fact belongs.

import { describe, expect, it } from 'vitest';
import { DOCUMENT_TEMPLATES, templateById } from '../../../shared/documents/templates';
import { GOLDEN, buildGolden } from './golden';
import { modelText } from './model-text';
import { arbitrationContext } from './sample-context';

describe('document templates', () => {
  it('lists every template once, with the ids of issue 5', () => {
    const ids = DOCUMENT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'med_application',
      'med_agreement',
      'med_failure_notice',
      'arb_application',
      'acceptance_notice',
      'non_acceptance_notice',
      'respondent_notice',
      'evidence_notice',
      'tribunal_notice',
      'hearing_notice',
      'postponement_notice',
      'service_receipt',
      'public_notice',
      'decision',
      'extension_approval',
      'suspension_approval',
      'mediation_statement',
      'award',
      'closing_approval',
      'file_cover',
      'clue_referral',
    ]);
    for (const t of DOCUMENT_TEMPLATES) expect(templateById(t.id)).toBe(t);
    expect(templateById('nope')).toBeUndefined();
  });

  it('has a golden text for every template', () => {
    const covered = new Set(GOLDEN.map((g) => g.id));
    expect(DOCUMENT_TEMPLATES.filter((t) => !covered.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it.each(GOLDEN.map((g) => [g.file, g] as const))(
    '%s builds and matches its golden text',
    async (_file, g) => {
      const model = buildGolden(g);
      const text = modelText(model);
      // Never a blank where a fact belongs.
      expect(text).not.toMatch(/undefined|null|NaN|\[object|（）|：。|：，|，。|于年|^\s*：/m);
      expect(model.letterhead?.committeeName).toBe('示例市劳动人事争议仲裁委员会');
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${g.file}.txt`);
    },
  );

  it('puts the official 案号 on arbitration documents after acceptance and the provisional one before', () => {
    const official = arbitrationContext().case.officialNo;
    for (const g of GOLDEN) {
      const model = buildGolden(g);
      const ctx = g.ctx();
      const expected = ctx.case.officialNo ?? ctx.case.provisionalNo;
      expect(model.letterhead?.caseNo, g.file).toBe(expected);
    }
    expect(official).toBe('示劳劳人仲案字〔2026〕第12号');
  });

  it('writes the signature date in Chinese numerals on 裁决书, 调解书, 决定书 and notices', () => {
    const chinese = GOLDEN.filter((g) =>
      /award|mediation_statement|decision|notice|med_agreement/.test(g.file),
    );
    for (const g of chinese) expect(buildGolden(g).signature?.dateStyle, g.file).toBe('chinese');
  });
});
