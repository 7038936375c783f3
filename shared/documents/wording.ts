// Fixed wording blocks of documents as editable text with {占位符} placeholders (e.g. the opening of a 受理通知书,
// reference §5.1 row 7). A committee may edit the text; `validateWording` checks the edit against the facts the
// document can supply, and `fillWording` refuses to leave a blank where a fact belongs.

import { err, ok, type Result } from '../result';

/** Thrown when a document would be produced with a blank where a fact belongs. */
export class MissingFactError extends Error {
  readonly placeholders: readonly string[];
  constructor(placeholders: readonly string[]) {
    super(`缺少以下事实，无法生成文书：${placeholders.join('、')}`);
    this.name = 'MissingFactError';
    this.placeholders = placeholders;
  }
}

/** A value for a placeholder; undefined, null and blank text count as missing. */
export type WordingValue = string | number | null | undefined;

/**
 * The placeholder names in `text`, in order of first appearance, without duplicates. An error (Chinese) for an
 * unpaired brace, an empty {} or a nested brace.
 */
export function findPlaceholders(text: string): Result<string[], string> {
  const names: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '}') return fail(`第 ${i + 1} 个字符处的“}”没有对应的“{”`);
    if (ch !== '{') {
      i += 1;
      continue;
    }
    const close = text.indexOf('}', i + 1);
    const nextOpen = text.indexOf('{', i + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      return fail(`第 ${i + 1} 个字符处的“{”没有对应的“}”`);
    }
    const name = text.slice(i + 1, close).trim();
    if (name === '') return fail(`第 ${i + 1} 个字符处有空的占位符“{}”`);
    if (!names.includes(name)) names.push(name);
    i = close + 1;
  }
  return ok(names);
}

function fail(message: string): { ok: false; error: string } {
  return { ok: false, error: message };
}

/**
 * Check edited wording: braces pair up and every placeholder is one the document supplies. The message is Chinese
 * and names each unknown placeholder.
 */
export function validateWording(text: string, allowedPlaceholders: readonly string[]): Result<string[]> {
  const found = findPlaceholders(text);
  if (!found.ok) return err('VALIDATION', `文书用语格式有误：${found.error}`);
  const unknown = found.value.filter((name) => !allowedPlaceholders.includes(name));
  if (unknown.length > 0) {
    const allowed =
      allowedPlaceholders.length > 0 ? allowedPlaceholders.map((n) => `{${n}}`).join('、') : '无';
    return err(
      'VALIDATION',
      `文书用语含有无法识别的占位符：${unknown.map((n) => `{${n}}`).join('、')}（可用：${allowed}）`,
      { unknown },
    );
  }
  return ok(found.value);
}

/**
 * Replace every {占位符} with its value. Throws MissingFactError listing every placeholder without a value (so a
 * document is never produced with a blank), and RangeError for malformed braces.
 */
export function fillWording(text: string, values: Readonly<Record<string, WordingValue>>): string {
  const found = findPlaceholders(text);
  if (!found.ok) throw new RangeError(`文书用语格式有误：${found.error}`);
  const valueOf = (name: string): string | undefined => {
    const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (v === undefined || v === null) return undefined;
    const s = String(v);
    return s.trim() === '' ? undefined : s;
  };
  const missing = found.value.filter((name) => valueOf(name) === undefined);
  if (missing.length > 0) throw new MissingFactError(missing);
  return text.replace(/\{([^{}]*)\}/g, (_m, raw: string) => valueOf(raw.trim()) ?? '');
}

/** A fixed wording block a committee may edit: its text and the placeholders the document supplies. */
export type WordingBlock = { id: string; label: string; text: string; placeholders: readonly string[] };

/**
 * Default wording (reference §5.1). Texts follow the public template wording quoted in the reference; a committee
 * adapts them in settings, and `validateWording` keeps each edit within `placeholders`.
 */
export const DEFAULT_WORDING: readonly WordingBlock[] = [
  {
    id: 'acceptance_opening',
    label: '受理通知书·开头',
    text: '你（单位）{申请日期}送来的仲裁申请书已收悉。经审查，符合受理条件，本委决定立案处理。',
    placeholders: ['申请日期'],
  },
  {
    id: 'decision_effect',
    label: '决定书·生效',
    text: '本决定书送达即发生法律效力。',
    placeholders: [],
  },
];
