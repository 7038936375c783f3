// A normalised text rendering of a document model for golden snapshots: one line per paragraph, party line, table
// row and signature line, with heading numbers and dates written exactly as the renderer writes them
// (shared/documents/model.ts text rules). Tables are rows of cells joined by ' | '.

import {
  headingLabels,
  partyParagraphs,
  signatureDateText,
  signatureLineTexts,
  type DocModel,
  type TableCell,
} from '../../../shared/documents/model';

const cellText = (c: TableCell): string => (typeof c === 'string' ? c : c.text).replace(/\n/g, ' / ');

/** Flatten a model to text lines. */
export function modelLines(model: DocModel): string[] {
  const out: string[] = [];
  if (model.letterhead !== undefined) out.push(`【${model.letterhead.committeeName}】`);
  out.push(`# ${model.title}`);
  if (model.letterhead?.caseNo !== undefined) out.push(`>> ${model.letterhead.caseNo}`);
  const labels = headingLabels(model.blocks);
  model.blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level + 1)} ${labels.get(i) ?? block.text}`);
        break;
      case 'paragraph':
        out.push(block.runs.map((r) => r.text).join(''));
        break;
      case 'party':
        out.push(...partyParagraphs(block.party));
        break;
      case 'table':
        if (block.header !== undefined) out.push(`|| ${block.header.join(' | ')}`);
        for (const row of block.rows) out.push(`| ${row.map(cellText).join(' | ')}`);
        break;
      case 'pageBreak':
        out.push('---');
        break;
      case 'spacer':
        out.push('');
        break;
    }
  });
  const sig = model.signature;
  if (sig !== undefined) {
    const texts = signatureLineTexts(sig.lines);
    sig.lines.forEach((l, i) => {
      if (l.position !== 'afterDate') out.push(`  ${texts[i] ?? ''}`);
    });
    if (sig.seal !== undefined) out.push(`  （印）${sig.seal}`);
    out.push(`  ${signatureDateText(sig)}`);
    sig.lines.forEach((l, i) => {
      if (l.position === 'afterDate') out.push(`  ${texts[i] ?? ''}`);
    });
  }
  if (model.footerNote !== undefined) out.push(...model.footerNote.split('\n').map((l) => `~ ${l}`));
  return out;
}

/** The model as one text, lines joined with '\n' and a final newline. */
export const modelText = (model: DocModel): string => `${modelLines(model).join('\n')}\n`;
