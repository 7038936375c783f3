// Every golden document renders to a .docx (electron/main/documents/render-docx.ts) whose text carries the
// title, the 案号 and the signature date: the templates' models are valid input for the renderer.

import { describe, expect, it } from 'vitest';
import { normalizedText } from '../../../electron/main/documents/docx-inspect';
import { renderDocx } from '../../../electron/main/documents/render-docx';
import { signatureDateText } from '../../../shared/documents/model';
import { GOLDEN, buildGolden } from './golden';

describe('rendering the templates', () => {
  it.each(GOLDEN.map((g) => [g.file, g] as const))('%s renders to .docx', async (_file, g) => {
    const model = buildGolden(g);
    const text = (await normalizedText(await renderDocx(model))).replace(/\s+/g, '');
    expect(text).toContain(model.title.replace(/\s+/g, ''));
    if (model.letterhead?.caseNo !== undefined) expect(text).toContain(model.letterhead.caseNo);
    if (model.signature !== undefined) expect(text).toContain(signatureDateText(model.signature));
  });
});
