import { templateElements } from '../../../shared/elements';
import type { ElementTemplate } from '../../../shared/elements';
import type { ElementsCaseView } from '../../../shared/contracts/elements.schema';
import { isBlankField, toField } from './element-form-values';
import type { FieldValue } from './element-form-values';

export type SheetSide = 'applicant' | 'respondent' | 'findings';
export type SheetView = ElementsCaseView['sheets'][number];

export const sheetOf = (
  sheets: readonly SheetView[],
  templateId: string,
  side: SheetSide,
): SheetView | undefined => sheets.find((s) => s.templateId === templateId && s.side === side);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `sameAs: 'base.hireDate'`: the values to put into this template's still-blank fields from the saved applicant
 * sheet of the template named (same element type only), so the common facts are typed once.
 */
export function sameAsPrefill(
  template: ElementTemplate,
  templates: readonly ElementTemplate[],
  sheets: readonly SheetView[],
  current: Readonly<Record<string, unknown>>,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const { element } of templateElements(template)) {
    if (element.sameAs === undefined || !isBlankField(current[element.key])) continue;
    const [sourceId, sourceKey] = element.sameAs.split('.');
    if (sourceId === undefined || sourceKey === undefined || sourceId === template.id) continue;
    const source = templates.find((t) => t.id === sourceId);
    const def = source && templateElements(source).find((x) => x.element.key === sourceKey)?.element;
    const data = sheetOf(sheets, sourceId, 'applicant')?.data;
    if (def === undefined || def.type !== element.type || !isRecord(data)) continue;
    const value = toField(element, data[sourceKey]);
    if (!isBlankField(value)) out[element.key] = value;
  }
  return out;
}

/** A stable text of the sheets a template prefills from, to re-run the prefill when one of them is saved. */
export function sameAsSourceKey(template: ElementTemplate, sheets: readonly SheetView[]): string {
  const ids = new Set(
    templateElements(template).flatMap(({ element }) =>
      element.sameAs === undefined ? [] : [element.sameAs.split('.')[0] ?? ''],
    ),
  );
  return [...ids]
    .sort()
    .map((id) => `${id}:${sheetOf(sheets, id, 'applicant')?.updatedAt ?? ''}`)
    .join('|');
}

/** '2026-01-05T08:30:00.000Z' → '2026-01-05 16:30' (China time, as everywhere in the app). */
export function savedAtText(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
