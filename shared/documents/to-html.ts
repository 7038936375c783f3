import {
  headingLabels,
  partyParagraphs,
  signatureDateText,
  signatureLineTexts,
  type Block,
  type DocModel,
  type TableCell,
} from './model';

/**
 * A print rendering of the document model: the same content and GB/T 9704 proportions as the .docx (A4,
 * margins 37/35/28/26 mm, 3号 仿宋 body, 2号 小标宋 title), for printing or saving as PDF from the app without an
 * office suite. Self-contained HTML with inline CSS only (the app's CSP forbids scripts from elsewhere).
 */
const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const lines = (s: string) => esc(s).replace(/\n/g, '<br>');

const CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "仿宋_GB2312", "仿宋", FangSong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.95pt; margin: 0; color: #000; }
.doc { page-break-after: always; }
.doc:last-child { page-break-after: auto; }
.committee, .title { font-family: "方正小标宋简体", "Noto Serif CJK SC", serif; font-weight: bold; text-align: center; font-size: 22pt; line-height: 36pt; margin: 0; }
.caseno { text-align: right; margin: 0; }
p { margin: 0; text-align: justify; }
p.indent { text-indent: 2em; }
p.center { text-align: center; } p.right { text-align: right; } p.left { text-align: left; }
h1, h2, h3, h4 { font-size: 16pt; margin: 0; text-indent: 2em; }
h1 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
h2 { font-family: "楷体_GB2312", "楷体", KaiTi, "AR PL UKai CN", serif; font-weight: normal; }
h3 { font-weight: bold; } h4 { font-weight: normal; }
table { width: 100%; border-collapse: collapse; font-size: 14pt; line-height: 20pt; margin: 4pt 0; }
td, th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.signature { margin-top: 28.95pt; text-align: right; }
.signature .seal { text-align: right; padding-right: 4em; }
.note { margin-top: 14pt; }`;

function cell(c: TableCell, tag: 'td' | 'th'): string {
  if (typeof c === 'string') return `<${tag}>${lines(c)}</${tag}>`;
  const span = c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '';
  const style = `${c.bold ? 'font-weight:bold;' : ''}${c.align ? `text-align:${c.align};` : ''}`;
  return `<${tag}${span}${style ? ` style="${style}"` : ''}>${lines(c.text)}</${tag}>`;
}

function block(b: Block, label: string | undefined): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(label ?? '')}${esc(b.text)}</h${b.level}>`;
    case 'paragraph': {
      const align = b.align ?? 'justify';
      const indent = b.indentFirstLine ?? (align === 'justify' || align === 'left');
      const runs = b.runs
        .map((r) => {
          let t = lines(r.text);
          if (r.bold) t = `<b>${t}</b>`;
          if (r.underline) t = `<u>${t}</u>`;
          return t;
        })
        .join('');
      return `<p class="${indent ? 'indent ' : ''}${align === 'justify' ? '' : align}">${runs}</p>`;
    }
    case 'table': {
      const head = b.header ? `<thead><tr>${b.header.map((h) => cell(h, 'th')).join('')}</tr></thead>` : '';
      return `<table>${head}<tbody>${b.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'party':
      return partyParagraphs(b.party)
        .map((t) => `<p class="indent">${lines(t)}</p>`)
        .join('');
    case 'pageBreak':
      return '<div style="page-break-after: always"></div>';
    case 'spacer':
      return '<p>&nbsp;</p>'.repeat(b.lines ?? 1);
  }
}

export function documentBodyHtml(model: DocModel): string {
  const labels = headingLabels(model.blocks);
  const parts: string[] = ['<section class="doc">'];
  if (model.letterhead) parts.push(`<p class="committee">${esc(model.letterhead.committeeName)}</p>`);
  parts.push(`<p class="title">${lines(model.title)}</p>`);
  if (model.letterhead?.caseNo) parts.push(`<p class="caseno">${esc(model.letterhead.caseNo)}</p>`);
  model.blocks.forEach((b, i) => parts.push(block(b, labels.get(i))));
  if (model.signature) {
    const sig = model.signature;
    parts.push('<div class="signature">');
    for (const t of signatureLineTexts(sig.lines.filter((l) => l.position !== 'afterDate')))
      parts.push(`<p class="right">${esc(t)}</p>`);
    if (sig.seal) parts.push(`<p class="seal">${esc(sig.seal)}</p>`);
    parts.push(`<p class="right">${esc(signatureDateText(sig))}</p>`);
    for (const t of signatureLineTexts(sig.lines.filter((l) => l.position === 'afterDate')))
      parts.push(`<p class="right">${esc(t)}</p>`);
    parts.push('</div>');
  }
  if (model.footerNote) parts.push(`<p class="note left">${lines(model.footerNote)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** One HTML page holding one or more documents, each starting on a new sheet (a combined print job). */
export function documentsHtml(models: readonly DocModel[], title = '文书'): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>${models.map(documentBodyHtml).join('\n')}</body></html>`;
}
