// Turns a DocModel (shared/documents/model.ts) into .docx bytes with the docx library, laid out per GB/T 9704-2012
// (reference §5.5, stack.md §4): A4, margins 37/35/28/26 mm, 3号 仿宋_GB2312 body on a 22-line × 28-character grid
// with a fixed 28.95 pt line, 2号 方正小标宋简体 title, 黑体 / 楷体 headings, "— N —" page numbers in 4号 宋体.
//
// All sizes are exact twips (1 mm = 1440 / 25.4 twips, rounded) — never docx's convertMillimetersToTwip, which floors.

import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import {
  headingLabels,
  partyParagraphs,
  signatureDateText,
  signatureLineTexts,
  type Align,
  type Block,
  type DocModel,
  type HeadingLevel as ModelHeadingLevel,
  type Signature,
  type TableBlock,
  type TableCell as ModelTableCell,
  type TextRun as ModelTextRun,
} from '../../../shared/documents/model';

/** The application's name, written as the document's creator. */
export const DOCUMENT_CREATOR = '劳动人事争议调解仲裁办案系统';

/** Exact page geometry in twips (stack.md §4). */
export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  marginTop: 2098, // 37 mm (天头)
  marginBottom: 1984, // 35 mm
  marginLeft: 1587, // 28 mm (订口)
  marginRight: 1474, // 26 mm
  header: 851, // 15 mm
  footer: 1587, // 28 mm
} as const;

/** Text block (版心) width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
/** GB/T 9704: 22 lines a page, 28 characters a line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Fixed line spacing 28.95 pt = 579 twentieths of a point (225 mm ÷ 22). */
export const LINE_PITCH = 579;
/** Character pitch of the grid in twips (≈ 315.9, a little under the 320 of a 16 pt character). */
const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;
/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { title: 44, body: 32, small: 28 } as const;
/** Two characters of 3号. */
const INDENT_2_CHARS = 640;

/** Font names written into the document (the names Word and WPS know on Chinese Windows). */
export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  footer: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * Alternate names written as w:altName in word/fontTable.xml, so Word / WPS pick a similar installed font when the
 * named one is missing (Windows 10+ ships 仿宋 / 楷体 / 黑体 / 宋体, but not the *_GB2312 fonts or 方正小标宋).
 */
export const DEFAULT_FONT_FALLBACKS: Readonly<Record<string, string>> = {
  [FONTS.body]: '仿宋',
  [FONTS.title]: '宋体',
  [FONTS.heading1]: 'SimHei',
  [FONTS.heading2]: '楷体',
  [FONTS.footer]: 'SimSun',
};

/**
 * How the 28 characters a line are obtained (GB/T 9704: 22 lines × 28 characters; 28 × 16 pt = 448 pt is wider than
 * the 442.25 pt text block, so the characters must sit a little closer than their size):
 * - 'lines' (default): a line grid (w:docGrid type "lines", linePitch 579) and body text condensed by 0.25 pt
 *   (w:spacing -5), so each character advances 15.75 pt. Word, WPS and LibreOffice all give 28 characters a line.
 * - 'linesAndChars': Word's 公文 template set-up, a line-and-character grid (type "linesAndChars", linePitch 579,
 *   charSpace −841 = 15.79 pt pitch) without condensing. Word and WPS give 28 characters a line, but LibreOffice
 *   puts every 16 pt character into two 15.79 pt cells (about 17 characters a line), so it is not the default.
 */
export type GridMode = 'lines' | 'linesAndChars';

export type RenderSettings = {
  /** Font name → alternate name (w:altName); merged over DEFAULT_FONT_FALLBACKS. */
  fontFallbacks?: Readonly<Record<string, string>>;
  /** Default 'lines'; see GridMode. */
  grid?: GridMode;
};

/** Character spacing of body text in 'lines' mode, in twips: 16 pt − 0.25 pt = 15.75 pt; 28 × 15.75 ≤ 442.25 pt. */
export const CONDENSE_TWIPS = -5;
/** The grid's character pitch minus 16 pt, in 1/4096 pt ('linesAndChars' mode). */
export const CHAR_SPACE = Math.round((CHAR_PITCH / 20 - SIZE.body / 2) * 4096);

export async function renderDocx(model: DocModel, settings: RenderSettings = {}): Promise<Buffer> {
  const grid = settings.grid ?? 'lines';
  const condense = grid === 'lines' ? { characterSpacing: CONDENSE_TWIPS } : {};
  const doc = new Document({
    title: model.title,
    creator: DOCUMENT_CREATOR,
    lastModifiedBy: DOCUMENT_CREATOR,
    styles: {
      default: {
        document: {
          run: {
            font: fonts(FONTS.body),
            size: SIZE.body,
            ...condense,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: bodySpacing() },
        },
        title: {
          run: { font: fonts(FONTS.title), size: SIZE.title, bold: false, color: '000000' },
          paragraph: { spacing: bodySpacing(), alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
        },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
      },
      // Normal repeats the defaults: Word measures the character grid from Normal's size, and LibreOffice reads its
      // grid's base character width from Normal ("Standard") only — without it LibreOffice assumes 12 pt.
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          run: { font: fonts(FONTS.body), size: SIZE.body, ...condense },
          paragraph: { spacing: bodySpacing() },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
          grid:
            grid === 'lines'
              ? { type: DocumentGridType.LINES, linePitch: LINE_PITCH }
              : { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter() },
        children: [
          ...front(model),
          ...body(model.blocks),
          ...signatureBlock(model.signature),
          ...note(model),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  const zip = await JSZip.loadAsync(packed);
  zip.file('word/fontTable.xml', fontTableXml({ ...DEFAULT_FONT_FALLBACKS, ...settings.fontFallbacks }));
  const styles = zip.file('word/styles.xml');
  if (styles === null) throw new Error('renderDocx: word/styles.xml missing from the docx output');
  zip.file('word/styles.xml', withoutGridSnap(await styles.async('string'), 'Title'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Give a paragraph style w:snapToGrid="0" ("do not snap to the document grid"). The docx library has no option for
 * it. Titles need it: LibreOffice otherwise gives a 2号 line two grid rows (and Word spreads its characters over the
 * character grid in 'linesAndChars' mode).
 */
export function withoutGridSnap(stylesXml: string, styleId: string): string {
  const open = `<w:style w:type="paragraph" w:styleId="${styleId}"`;
  const start = stylesXml.indexOf(open);
  const end = start === -1 ? -1 : stylesXml.indexOf('</w:style>', start);
  if (start === -1 || end === -1) throw new Error(`renderDocx: paragraph style ${styleId} not found`);
  const style = stylesXml.slice(start, end);
  // CT_PPrBase order: … snapToGrid, spacing, ind, … jc …
  const patched = style.includes('<w:spacing ')
    ? style.replace('<w:spacing ', '<w:snapToGrid w:val="0"/><w:spacing ')
    : style.replace('<w:rPr>', '<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr>');
  if (patched === style) throw new Error(`renderDocx: cannot place w:snapToGrid in style ${styleId}`);
  return stylesXml.slice(0, start) + patched + stylesXml.slice(end);
}

// ---------------------------------------------------------------------------------------------------------------

type Fonts = { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: string };

/** Chinese text in `eastAsia`, Latin letters and digits in Times New Roman (or the same font, for the footer). */
function fonts(eastAsia: string, latin: string = FONTS.latin): Fonts {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}

function bodySpacing(line: number = LINE_PITCH) {
  return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

const HEADING_FONT: Record<ModelHeadingLevel, { font: string; bold: boolean }> = {
  1: { font: FONTS.heading1, bold: false },
  2: { font: FONTS.heading2, bold: false },
  3: { font: FONTS.body, bold: true },
  4: { font: FONTS.body, bold: false },
};

function headingStyle(level: ModelHeadingLevel) {
  const { font, bold } = HEADING_FONT[level];
  return {
    run: { font: fonts(font), size: SIZE.body, bold, italics: false, color: '000000' },
    paragraph: {
      spacing: bodySpacing(),
      indent: { firstLine: INDENT_2_CHARS },
      keepNext: true,
      outlineLevel: level - 1,
    },
  };
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

const HEADING: Record<ModelHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

/** One model run → docx runs; '\n' becomes a line break (w:br). */
function runs(r: ModelTextRun, font: string = FONTS.body, size: number = SIZE.body): TextRun[] {
  return r.text.split('\n').map(
    (part, i) =>
      new TextRun({
        text: part,
        font: fonts(font),
        size,
        ...(i > 0 ? { break: 1 } : {}),
        ...(r.bold === true ? { bold: true } : {}),
        ...(r.underline === true ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
  );
}

function plain(
  text: string,
  options: { align: Align; font?: string; size?: number; indentRight?: number; indentLeft?: number },
) {
  return new Paragraph({
    alignment: ALIGN[options.align],
    spacing: bodySpacing(),
    indent: { firstLine: 0, left: options.indentLeft ?? 0, right: options.indentRight ?? 0 },
    children: text === '' ? [] : runs({ text }, options.font, options.size),
  });
}

const emptyLine = (): Paragraph => plain('', { align: 'left' });

/** Committee name and title (2号 小标宋, centred), then the 案号 right-aligned. */
function front(model: DocModel): Paragraph[] {
  const out: Paragraph[] = [];
  if (model.letterhead !== undefined) {
    out.push(
      new Paragraph({
        style: 'Title',
        alignment: AlignmentType.CENTER,
        spacing: bodySpacing(),
        indent: { firstLine: 0 },
        children: runs({ text: model.letterhead.committeeName }, FONTS.title, SIZE.title),
      }),
    );
  }
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: bodySpacing(),
      indent: { firstLine: 0 },
      children: runs({ text: model.title }, FONTS.title, SIZE.title),
    }),
  );
  const caseNo = model.letterhead?.caseNo;
  if (caseNo !== undefined && caseNo !== '') out.push(plain(caseNo, { align: 'right' }));
  return out;
}

function body(blocks: readonly Block[]): (Paragraph | Table)[] {
  const labels = headingLabels(blocks);
  const out: (Paragraph | Table)[] = [];
  let breakBefore = false;
  /** Paragraph options shared by every paragraph; a pending page break goes on the next one. */
  const common = () => {
    const b = breakBefore;
    breakBefore = false;
    return b ? { pageBreakBefore: true } : {};
  };
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        const { font, bold } = HEADING_FONT[block.level];
        out.push(
          new Paragraph({
            ...common(),
            heading: HEADING[block.level],
            alignment: AlignmentType.BOTH,
            spacing: bodySpacing(),
            indent: { firstLine: INDENT_2_CHARS },
            keepNext: true,
            children: runs({ text: labels.get(index) ?? block.text, bold }, font),
          }),
        );
        return;
      }
      case 'paragraph': {
        const align = block.align ?? 'justify';
        const indent = block.indentFirstLine ?? (align === 'justify' || align === 'left');
        out.push(
          new Paragraph({
            ...common(),
            alignment: ALIGN[align],
            spacing: bodySpacing(),
            indent: { firstLine: indent ? INDENT_2_CHARS : 0 },
            children: block.runs.flatMap((r) => runs(r)),
          }),
        );
        return;
      }
      case 'party':
        for (const line of partyParagraphs(block.party)) {
          out.push(
            new Paragraph({
              ...common(),
              alignment: AlignmentType.BOTH,
              spacing: bodySpacing(),
              indent: { firstLine: INDENT_2_CHARS },
              children: runs({ text: line }),
            }),
          );
        }
        return;
      case 'table':
        // A table cannot carry "page break before"; an empty paragraph takes it.
        if (breakBefore) out.push(new Paragraph({ ...common(), spacing: bodySpacing() }));
        out.push(table(block));
        return;
      case 'pageBreak':
        breakBefore = true;
        return;
      case 'spacer':
        for (let i = 0; i < Math.max(1, block.lines ?? 1); i += 1) {
          out.push(new Paragraph({ ...common(), spacing: bodySpacing() }));
        }
        return;
    }
  });
  if (breakBefore) out.push(new Paragraph({ pageBreakBefore: true, spacing: bodySpacing() }));
  return out;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/** Column widths in twips from 1/100 of the text width; rounding goes to the last column so they add up exactly. */
export function columnTwips(count: number, percentages?: readonly number[]): number[] {
  if (count < 1) return [];
  const raw =
    percentages !== undefined && percentages.length === count ? percentages : Array<number>(count).fill(1);
  const total = raw.reduce((a, b) => a + Math.max(0, b), 0);
  const shares = total > 0 ? raw.map((p) => Math.max(0, p) / total) : raw.map(() => 1 / count);
  const widths = shares.map((s) => Math.floor(s * TEXT_WIDTH));
  widths[count - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

function table(block: TableBlock): Table {
  const size = block.fontSize === 'body' ? SIZE.body : SIZE.small;
  // Small text gets a proportionally smaller exact line (20 pt for 14 pt text) so cells stay compact.
  const line = size === SIZE.body ? LINE_PITCH : 400;
  const span = (c: ModelTableCell) => (typeof c === 'string' ? 1 : Math.max(1, c.colSpan ?? 1));
  const count = Math.max(
    block.header?.length ?? 0,
    ...block.rows.map((r) => r.reduce((n, c) => n + span(c), 0)),
  );
  const widths = columnTwips(count, block.columnWidths);
  const border = block.borders === false ? NO_BORDER : CELL_BORDER;

  const cell = (c: ModelTableCell, column: number, header: boolean) => {
    const spec = typeof c === 'string' ? { text: c } : c;
    const n = span(c);
    const width = widths.slice(column, column + n).reduce((a, b) => a + b, 0);
    const lines = spec.text.split('\n');
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(n > 1 ? { columnSpan: n } : {}),
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 85, right: 85, top: 0, bottom: 0 },
      children: lines.map(
        (t) =>
          new Paragraph({
            alignment: ALIGN[spec.align ?? (header ? 'center' : 'left')],
            spacing: bodySpacing(line),
            indent: { firstLine: 0 },
            children:
              t === ''
                ? []
                : [
                    new TextRun({
                      text: t,
                      font: fonts(FONTS.body),
                      size,
                      bold: header || spec.bold === true,
                      snapToGrid: false,
                    }),
                  ],
          }),
      ),
    });
  };
  const row = (cells: readonly ModelTableCell[], header: boolean) => {
    let column = 0;
    return new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map((c) => {
        const out = cell(c, column, header);
        column += span(c);
        return out;
      }),
    });
  };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      ...(block.header !== undefined ? [row(block.header, true)] : []),
      ...block.rows.map((r) => row(r, false)),
    ],
  });
}

/** Width of text in grid characters: CJK = 1, ASCII = ½. */
function charWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return n;
}

/**
 * The signature block: arbitrator lines right-aligned as a column (roles spread to a common width), the seal text
 * centred over the date, the date right-aligned four characters in when sealed (two otherwise, GB/T 9704 7.3.5),
 * lines marked 'afterDate' (书记员) below it.
 */
function signatureBlock(signature: Signature | undefined): Paragraph[] {
  if (signature === undefined) return [];
  const date = signatureDateText(signature);
  const texts = signatureLineTexts(signature.lines);
  const widest = Math.max(0, ...texts.map(charWidth));
  const columnRight = 2 * CHAR_PITCH;
  const columnLeft = Math.max(0, Math.round(TEXT_WIDTH - columnRight - widest * CHAR_PITCH));
  const dateRight = (signature.seal !== undefined ? 4 : 2) * CHAR_PITCH;
  const line = (t: string) => plain(t, { align: 'left', indentLeft: columnLeft });
  const out: Paragraph[] = [emptyLine()];
  signature.lines.forEach((l, i) => {
    if (l.position !== 'afterDate') out.push(line(texts[i] ?? ''));
  });
  if (signature.seal !== undefined) {
    const right = dateRight + ((charWidth(date) - charWidth(signature.seal)) / 2) * CHAR_PITCH;
    out.push(plain(signature.seal, { align: 'right', indentRight: Math.max(0, Math.round(right)) }));
  }
  out.push(plain(date, { align: 'right', indentRight: Math.round(dateRight) }));
  signature.lines.forEach((l, i) => {
    if (l.position === 'afterDate') out.push(line(texts[i] ?? ''));
  });
  return out;
}

function note(model: DocModel): Paragraph[] {
  if (model.footerNote === undefined || model.footerNote === '') return [];
  return [emptyLine(), ...model.footerNote.split('\n').map((t) => plain(t, { align: 'left' }))];
}

/** "— N —" in 4号 宋体, centred (GB/T 9704 page number with a 一字线 each side). */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({
            font: fonts(FONTS.footer, FONTS.footer),
            size: SIZE.small,
            snapToGrid: false,
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------
// word/fontTable.xml: docx only writes entries for embedded fonts, so the table is written here with each font's
// alternate name, GB2312 charset and PANOSE class — what Word uses to substitute a missing font.

type FontInfo = { panose: string; charset: string; family: string; pitch: string };

const FONT_INFO: Readonly<Record<string, FontInfo>> = {
  仿宋_GB2312: { panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  仿宋: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  黑体: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  楷体: { panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  宋体: { panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
};
const CJK_DEFAULT: FontInfo = {
  panose: '02010600030101010101',
  charset: '86',
  family: 'auto',
  pitch: 'variable',
};

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function fontTableXml(fallbacks: Readonly<Record<string, string>>): string {
  const names = [...new Set<string>([...Object.values(FONTS), ...Object.keys(fallbacks)])];
  const entries = names.map((name) => {
    const info = FONT_INFO[name] ?? CJK_DEFAULT;
    const alt = fallbacks[name];
    return (
      `<w:font w:name="${xmlEscape(name)}">` +
      (alt !== undefined && alt !== '' && alt !== name ? `<w:altName w:val="${xmlEscape(alt)}"/>` : '') +
      `<w:panose1 w:val="${info.panose}"/><w:charset w:val="${info.charset}"/>` +
      `<w:family w:val="${info.family}"/><w:pitch w:val="${info.pitch}"/></w:font>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}
