// The document model (architecture §7.7): plain, serialisable data that describes one generated document. It is
// built from domain data here in shared/ (pure, snapshot-testable) and turned into .docx bytes by
// electron/main/documents/render-docx.ts. Nothing here knows about the docx library.
//
// Layout follows GB/T 9704-2012 (reference §5.5): 3号 仿宋 body, 2号 小标宋 title, headings 黑体 / 楷体 / 仿宋 bold /
// 仿宋 numbered 一、 （一） 1. （1）. Dates in the body are Arabic, the signature date Chinese or Arabic (§5.3);
// amounts are Arabic with optional capitals in brackets (§5.4).

import { arabicDate, chineseDate, formatFen, rmbUppercase } from '../format';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with its own emphasis; '\n' is a line break within the paragraph. */
export type TextRun = { text: string; bold?: boolean; underline?: boolean };

/** GB/T 9704 heading levels: 1 黑体 一、, 2 楷体 （一）, 3 仿宋 bold 1., 4 仿宋 （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type HeadingBlock = {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
  /** Put the GB/T 9704 number in front (一、 / （一） / 1. / （1））; default true. See `headingLabels`. */
  numbered?: boolean;
};

export type ParagraphBlock = {
  kind: 'paragraph';
  runs: TextRun[];
  /** Default 'justify' (两端对齐). */
  align?: Align;
  /** Two-character first-line indent; default true for 'justify' / 'left', false for 'center' / 'right'. */
  indentFirstLine?: boolean;
};

export type TableCell = string | { text: string; bold?: boolean; align?: Align; colSpan?: number };

export type TableBlock = {
  kind: 'table';
  /** Header row (bold, centred, repeated on every page). */
  header?: string[];
  rows: TableCell[][];
  /** Column widths in 1/100 of the text width (they should add up to 100); default equal widths. */
  columnWidths?: number[];
  /** Single-line borders around every cell; default true. */
  borders?: boolean;
  /** 'body' = 3号 like the text, 'small' = 4号 (14 pt); default 'small'. */
  fontSize?: 'body' | 'small';
};

export type WorkerParty = {
  kind: 'worker';
  /** 申请人 / 被申请人 / 第三人 … */
  role: string;
  name: string;
  gender?: '男' | '女';
  /** YYYY-MM-DD; written as "1990年1月2日出生". */
  birthDate?: string;
  ethnicity?: string;
  idNumber?: string;
  address?: string;
};

export type EmployerParty = {
  kind: 'employer';
  role: string;
  name: string;
  creditCode?: string;
  address?: string;
  legalRepresentative?: { name: string; title: string };
};

export type AgentParty = {
  kind: 'agent';
  /** Default '委托代理人'. */
  role?: string;
  name: string;
  /** e.g. '北京某某律师事务所律师', '该公司员工'. */
  description?: string;
  authority?: '一般授权' | '特别授权';
};

export type Party = WorkerParty | EmployerParty | AgentParty;

export type PartyBlock = { kind: 'party'; party: Party };
export type PageBreakBlock = { kind: 'pageBreak' };
/** Empty lines (default one). */
export type SpacerBlock = { kind: 'spacer'; lines?: number };

export type Block = HeadingBlock | ParagraphBlock | TableBlock | PartyBlock | PageBreakBlock | SpacerBlock;

export type SignatureLine = {
  /** 首席仲裁员 / 仲裁员 / 书记员 / 调解员 … */
  role: string;
  name: string;
  /** Court style puts 书记员 below the date; default 'beforeDate'. */
  position?: 'beforeDate' | 'afterDate';
};

export type Signature = {
  lines: SignatureLine[];
  /** YYYY-MM-DD. */
  date: string;
  /** 'chinese' → 二〇二六年十一月二十五日 (裁决书, 调解书, 决定书); 'arabic' → 2026年11月25日 (公文 style). */
  dateStyle: 'chinese' | 'arabic';
  /** The sealing body's name (or a note such as "（印章）"), centred over the date. */
  seal?: string;
};

export type DocModel = {
  /** The document title (2号 小标宋, centred); '\n' splits a long title over several lines. */
  title: string;
  /** The committee's name above the title, and the 案号 right-aligned below it. */
  letterhead?: { committeeName: string; caseNo?: string };
  blocks: Block[];
  signature?: Signature;
  /** A note after the signature (e.g. 抄送 / 附注), left-aligned without indent. */
  footerNote?: string;
};

// ---------------------------------------------------------------------------------------------------------------
// Small builders, so callers (and tests) write models tersely.

export const text = (s: string, style: Omit<TextRun, 'text'> = {}): TextRun => ({ text: s, ...style });

export const paragraph = (
  content: string | TextRun[],
  options: { align?: Align; indentFirstLine?: boolean } = {},
): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof content === 'string' ? [{ text: content }] : content,
  ...options,
});

export const heading = (level: HeadingLevel, s: string, numbered = true): HeadingBlock => ({
  kind: 'heading',
  level,
  text: s,
  numbered,
});

// ---------------------------------------------------------------------------------------------------------------
// Pure text rules, shared by the renderer and by snapshot tests.

/**
 * Amount text for the body (reference §5.3/§5.4): 1234560 → '12,345.60元'; with `uppercase` (a template option)
 * '12,345.60元（人民币壹万贰仟叁佰肆拾伍元陆角整）'. Throws RangeError for negative or non-integer fen.
 */
export function amountText(fen: number, options: { uppercase: boolean }): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`amountText: expected a non-negative safe integer of fen, got ${fen}`);
  }
  const arabic = `${formatFen(fen)}元`;
  return options.uppercase ? `${arabic}（人民币${rmbUppercase(fen)}）` : arabic;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (heading numbers). */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseCount: expected 1–99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const onesText = ones === 0 ? '' : CN_DIGITS.charAt(ones);
  if (tens === 0) return onesText;
  return `${tens === 1 ? '' : CN_DIGITS.charAt(tens)}十${onesText}`;
}

/** The GB/T 9704 number of the n-th heading of a level: 一、 （一） 1. （1）. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseCount(n)}、`;
    case 2:
      return `（${chineseCount(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * The full text of every numbered heading, keyed by block index: each level counts on from 1 and restarts after a
 * heading of a higher level (一、 （一） （二） 二、 （一） …). Unnumbered headings keep their text and do not count.
 */
export function headingLabels(blocks: readonly Block[]): Map<number, string> {
  const counters = [0, 0, 0, 0, 0];
  const labels = new Map<number, string>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    if (block.numbered === false) {
      labels.set(index, block.text);
      return;
    }
    const n = (counters[block.level] ?? 0) + 1;
    counters[block.level] = n;
    for (let deeper = block.level + 1; deeper <= 4; deeper += 1) counters[deeper] = 0;
    labels.set(index, `${headingNumber(block.level, n)}${block.text}`);
  });
  return labels;
}

/**
 * The paragraphs of a party block (参加人 section of a 裁决书 / 决定书):
 * worker  → '申请人：张三，男，1990年1月2日出生，汉族，公民身份号码：110…，住址：北京市…。'
 * employer→ '被申请人：某某有限公司，统一社会信用代码：911…，住所：北京市…。' + '法定代表人：李四，总经理。'
 * agent   → '委托代理人：王五，北京某某律师事务所律师，特别授权。'
 */
export function partyParagraphs(party: Party): string[] {
  const join = (head: string, parts: (string | undefined)[]): string =>
    `${[head, ...parts.filter((p): p is string => p !== undefined && p.trim() !== '')].join('，')}。`;
  switch (party.kind) {
    case 'worker':
      return [
        join(`${party.role}：${party.name}`, [
          party.gender,
          party.birthDate === undefined ? undefined : `${arabicDate(party.birthDate)}出生`,
          party.ethnicity,
          party.idNumber === undefined ? undefined : `公民身份号码：${party.idNumber}`,
          party.address === undefined ? undefined : `住址：${party.address}`,
        ]),
      ];
    case 'employer': {
      const lines = [
        join(`${party.role}：${party.name}`, [
          party.creditCode === undefined ? undefined : `统一社会信用代码：${party.creditCode}`,
          party.address === undefined ? undefined : `住所：${party.address}`,
        ]),
      ];
      const rep = party.legalRepresentative;
      if (rep !== undefined) lines.push(join(`法定代表人：${rep.name}`, [rep.title]));
      return lines;
    }
    case 'agent':
      return [join(`${party.role ?? '委托代理人'}：${party.name}`, [party.description, party.authority])];
  }
}

/** The signature date as written: Chinese numerals or Arabic (reference §5.3). */
export function signatureDateText(signature: Pick<Signature, 'date' | 'dateStyle'>): string {
  return signature.dateStyle === 'chinese' ? chineseDate(signature.date) : arabicDate(signature.date);
}

const FULL_WIDTH_SPACE = '\u3000';

/**
 * Spread a role over `width` characters with full-width spaces, as judgments do ("仲\u3000裁\u3000员" beside "首席仲裁员").
 * A role already as long as `width` is returned unchanged.
 */
export function spreadRole(role: string, width: number): string {
  const chars = Array.from(role);
  const missing = width - chars.length;
  if (missing <= 0) return role;
  if (chars.length === 1) return FULL_WIDTH_SPACE.repeat(missing) + role;
  const gaps = chars.length - 1;
  return chars
    .map((c, i) => {
      if (i === gaps) return c;
      // Spread the spaces as evenly as possible, earlier gaps first.
      const count = Math.floor(missing / gaps) + (i < missing % gaps ? 1 : 0);
      return c + FULL_WIDTH_SPACE.repeat(count);
    })
    .join('');
}

/** Signature lines as written: roles spread to a common width, two full-width spaces, the name. */
export function signatureLineTexts(lines: readonly SignatureLine[]): string[] {
  const width = Math.max(0, ...lines.map((l) => Array.from(l.role).length));
  return lines.map((l) => `${spreadRole(l.role, width)}${FULL_WIDTH_SPACE.repeat(2)}${l.name}`);
}
