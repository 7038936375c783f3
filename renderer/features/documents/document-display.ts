import type { Out } from '../../../shared/contracts/ipc';

/**
 * Pure helpers for the 文书 section on the case page: the template picker grouped by procedure, the options sent
 * with a document, version labels, and where each missing fact is entered.
 */

export type TemplateInfo = Out<'documents:templates'>[number];
export type DocumentRow = Out<'documents:list'>[number];
export type MissingFact = Out<'documents:check'>['missing'][number];
export type CaseKind = TemplateInfo['kinds'][number];
export type TemplateGroup = TemplateInfo['group'];

export const GROUP_LABELS: Readonly<Record<TemplateGroup, string>> = {
  mediation: '调解文书',
  arbitration: '仲裁文书',
  common: '通用文书',
};
const GROUP_ORDER: readonly TemplateGroup[] = ['mediation', 'arbitration', 'common'];

export type TemplateOptionGroup = { label: string; options: { value: string; label: string }[] };

/** The templates that apply to a case of `kind`, grouped 调解 / 仲裁 / 通用 in procedure order; empty groups left out. */
export function templateGroups(templates: readonly TemplateInfo[], kind: CaseKind): TemplateOptionGroup[] {
  return GROUP_ORDER.map((group) => ({
    label: GROUP_LABELS[group],
    options: templates
      .filter((t) => t.group === group && t.kinds.includes(kind))
      .map((t) => ({ value: t.id, label: t.title })),
  })).filter((g) => g.options.length > 0);
}

/** The chosen option values this template knows, without blanks (the server reports a required one missing). */
export function optionsFor(
  template: TemplateInfo | undefined,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  if (template === undefined) return {};
  const out: Record<string, string> = {};
  for (const o of template.options) {
    const v = values[o.key];
    if (v !== undefined && v !== '') out[o.key] = v;
  }
  return out;
}

/** 'v1', 'v2' … */
export const versionLabel = (version: number): string => `v${version}`;

/** The options of a generated document as text, e.g. '受通知人：被申请人' ('' when it has none). */
export function optionsText(
  template: TemplateInfo | undefined,
  options: Readonly<Record<string, string>>,
): string {
  return Object.entries(options)
    .map(([key, value]) => {
      const o = template?.options.find((x) => x.key === key);
      const choice = o?.choices.find((c) => c.value === value)?.label ?? value;
      return `${o?.label ?? key}：${choice}`;
    })
    .join('；');
}

const OPTION_PREFIX = '文书选项：';

/**
 * Where a missing fact is supplied: a document option is chosen right here (focus its field); anything else is
 * entered on another screen (the case page, 设置 …), linked by its hash route.
 */
export type MissingTarget = { kind: 'option'; key: string } | { kind: 'route'; href: string };

export function missingTarget(m: MissingFact, template: TemplateInfo | undefined): MissingTarget {
  if (m.fact.startsWith(OPTION_PREFIX)) {
    const label = m.fact.slice(OPTION_PREFIX.length);
    const option = template?.options.find((o) => o.label === label);
    if (option !== undefined) return { kind: 'option', key: option.key };
  }
  return { kind: 'route', href: m.where };
}

/** A PDF file name for a case's document: '<案号>-<文书>.pdf', without characters file systems refuse. */
export function pdfFileName(caseNo: string, title: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safe(caseNo)}-${safe(title)}.pdf`.slice(0, 120);
}

/** The screen a missing fact's route leads to, as the link's text. */
export function whereLabel(href: string): string {
  if (href.startsWith('#/cases/')) return '案件信息';
  if (href === '#/settings/committee') return '设置 › 文书设置';
  if (href.startsWith('#/settings')) return '设置';
  if (href === '#/documents') return '文书';
  return href;
}
