// Every golden document renders to a .docx (electron/main/documents/render-docx.ts) whose text carries the
// title, the 案号 and the signature date: the templates' models are valid input for the renderer.

import { describe, expect, it } from 'vitest';
import {
  listZipParts,
  normalizedText,
  readDocumentXml,
  readZipPart,
} from '../../../electron/main/documents/docx-inspect';
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

  it.each(GOLDEN.map((g) => [g.file, g] as const))(
    '%s has the GB/T 9704 page, fonts, page numbers, 案号 brackets and date style',
    async (_file, g) => {
      const model = buildGolden(g);
      const docx = await renderDocx(model);
      const xml = await readDocumentXml(docx);
      expect(xml).toContain('w:w="11906"');
      expect(xml).toContain('w:h="16838"');
      for (const m of ['w:top="2098"', 'w:bottom="1984"', 'w:left="1587"', 'w:right="1474"'])
        expect(xml).toContain(m);
      expect(xml).toContain('仿宋_GB2312');
      expect(xml).toContain('方正小标宋简体');
      const parts = await listZipParts(docx);
      const footers = await Promise.all(
        parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => readZipPart(docx, p)),
      );
      expect(footers.some((f) => (f ?? '').includes('PAGE') && (f ?? '').includes('— '))).toBe(true);
      const caseNo = model.letterhead?.caseNo;
      if (caseNo !== undefined && !caseNo.startsWith('PROV-')) expect(caseNo).toMatch(/〔\d{4}〕/);
      // 裁决书, 调解书 and 决定书 are dated in Chinese numerals (reference §5.3).
      if (model.signature !== undefined && /裁决书|调解书|决定书/.test(model.title))
        expect(signatureDateText(model.signature)).toMatch(/^[〇一二三四五六七八九]{4}年/);
    },
  );
});
