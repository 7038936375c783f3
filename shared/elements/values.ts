// Display and comparison of element values. Display follows the documents' style (reference §5.3): money as
// '9,000.00 元', dates as written, ranges 'A 至 B', booleans 是/否, choices by their label.

import { formatFen } from '../format/money';
import type { ElementValue } from './answers.schema';
import type { Element, ItemElement } from './template.schema';

type Def = Element | ItemElement;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function formatScalar(def: Def, value: unknown): string {
  switch (def.type) {
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? `${formatFen(value)} 元`
        : String(value);
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'choice':
      return def.choices?.find((c) => c.value === value)?.label ?? String(value);
    case 'date_range':
      return isRecord(value) ? `${String(value['from'])} 至 ${String(value['to'])}` : String(value);
    case 'number':
      return `${String(value)}${def.unit ?? ''}`;
    case 'text':
    case 'date':
    case 'list':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** The value as shown in the focus lines, the outline and the award's element table. */
export function formatElementValue(def: Element, value: ElementValue | null | undefined): string {
  if (value === null || value === undefined) return '（未填写）';
  if (def.type !== 'list') return formatScalar(def, value);
  if (!Array.isArray(value)) return JSON.stringify(value);
  if (value.length === 0) return '（无）';
  const items = def.itemFields ?? [];
  return (value as unknown[])
    .map((row) =>
      isRecord(row)
        ? items
            .filter((f) => row[f.key] !== undefined)
            .map((f) => `${f.label} ${formatScalar(f, row[f.key])}`)
            .join('，')
        : String(row),
    )
    .join('；');
}

/** Text compared after NFKC, trimming and collapsing spaces (full-width digits, stray blanks). */
const normText = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ');

/** A canonical string for a scalar: equal facts give equal strings whatever the key order or spacing. */
function canonicalScalar(def: Def, value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(def.type === 'text' ? normText(value) : value);
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalScalar(def, value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function canonical(def: Element, value: ElementValue): string {
  if (def.type !== 'list' || !Array.isArray(value)) return canonicalScalar(def, value);
  const items = def.itemFields ?? [];
  const rows = (value as unknown[]).map((row) => {
    if (!isRecord(row)) return JSON.stringify(row) ?? 'undefined';
    const known = items.map((f) => `${f.key}=${canonicalScalar(f, row[f.key])}`);
    const extra = Object.keys(row)
      .filter((k) => !items.some((f) => f.key === k))
      .sort()
      .map((k) => `${k}=${JSON.stringify(row[k])}`);
    return [...known, ...extra].join('|');
  });
  // The order of rows carries no meaning (months, dates, evidence): compare them as a multiset.
  return rows.sort().join('\n');
}

/** True when both sides state the same fact for this element. */
export function valuesEqual(def: Element, a: ElementValue, b: ElementValue): boolean {
  return canonical(def, a) === canonical(def, b);
}
