import { ElementTemplate } from './template.schema';

export type TemplateIssue = { path: string; message: string };
export type ValidateTemplateResult =
  { ok: true; template: ElementTemplate } | { ok: false; issues: TemplateIssue[] };

/**
 * Validates a template read from JSON (a bundled `resources/elements/*.json` or a committee's edited copy). Each
 * message names the group, element or list-item field it concerns, so an administrator can find it in the file;
 * `path` is the dotted path ('groups.1.elements.3.choices').
 */
export function validateTemplate(json: unknown): ValidateTemplateResult {
  const parsed = ElementTemplate.safeParse(json);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const where = describe(json, path);
      return { path: path.join('.'), message: where === '' ? issue.message : `${where}：${issue.message}` };
    }),
  };
}

const field = (obj: unknown, name: string): unknown =>
  typeof obj === 'object' && obj !== null && !Array.isArray(obj)
    ? (obj as Record<string, unknown>)[name]
    : undefined;

const at = (arr: unknown, i: string | undefined): unknown =>
  Array.isArray(arr) && i !== undefined ? (arr as unknown[])[Number(i)] : undefined;

const nonEmpty = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** '要素“入职时间”（hireDate）', falling back to the key or the position when the label is missing. */
function name(kind: string, obj: unknown, index: string | undefined): string {
  const label = nonEmpty(field(obj, 'label'));
  const key = nonEmpty(field(obj, 'key'));
  if (label !== null) return `${kind}“${label}”${key === null ? '' : `（${key}）`}`;
  if (key !== null) return `${kind}（${key}）`;
  return `第 ${Number(index ?? 0) + 1} 个${kind}`;
}

/** The most specific named thing on the path: group → element → list-item field. */
function describe(json: unknown, path: string[]): string {
  if (path[0] !== 'groups' || path[1] === undefined) return '';
  const group = at(field(json, 'groups'), path[1]);
  if (path[2] !== 'elements' || path[3] === undefined) return name('分组', group, path[1]);
  const element = at(field(group, 'elements'), path[3]);
  const elementName = name('要素', element, path[3]);
  if (path[4] !== 'itemFields' || path[5] === undefined) return elementName;
  const item = at(field(element, 'itemFields'), path[5]);
  return `${elementName}的${name('列表项', item, path[5])}`;
}
