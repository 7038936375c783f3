import type { In } from '../../../shared/contracts/ipc';
import { dayOf, isoOf, weekdayOf } from '../../../shared/util/day-number';

/**
 * Pure planning for 批量生成 on the 文书 page: the default hearing date (next Tuesday), the documents generated per
 * case — an option with several values chosen (e.g. both addressees) gives one document per value — and progress.
 */

export type BatchItem = In<'documents:batchStart'>['items'][number];
/** A template chosen for the batch, with every value chosen per option. */
export type BatchChoice = { templateId: string; options: Record<string, string[]> };

/** The next date after `today` that is a Tuesday (a Tuesday gives the one a week later). */
export function nextTuesday(today: string): string {
  const day = dayOf(today);
  const weekday = weekdayOf(day); // 0 = Sunday … 2 = Tuesday
  const ahead = (2 - weekday + 7) % 7 || 7;
  return isoOf(day + ahead);
}

/** The templates ticked by default, each with the option values it starts with. */
export const DEFAULT_BATCH: readonly BatchChoice[] = [
  { templateId: 'hearing_notice', options: { addressee: ['applicant', 'respondent'] } },
  {
    templateId: 'service_receipt',
    options: { addressee: ['applicant', 'respondent'], document: ['hearing_notice'] },
  },
];

/** Every combination of the chosen values: { a: [x, y], b: [z] } → [{ a: x, b: z }, { a: y, b: z }]. */
export function expandOptions(
  options: Readonly<Record<string, readonly string[]>>,
): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const [key, values] of Object.entries(options)) {
    const chosen = [...new Set(values.filter((v) => v !== ''))];
    if (chosen.length === 0) continue;
    combos = combos.flatMap((c) => chosen.map((v) => ({ ...c, [key]: v })));
  }
  return combos;
}

/** The batch's documents, case by case (so a merged print keeps each case's papers together). */
export function batchItems(caseIds: readonly string[], choices: readonly BatchChoice[]): BatchItem[] {
  return caseIds.flatMap((caseId) =>
    choices.flatMap((c) =>
      expandOptions(c.options).map((options) => ({ caseId, templateId: c.templateId, options })),
    ),
  );
}

/** Whole percent done, 0–100. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}

type TemplateOptions = {
  id: string;
  title: string;
  options: readonly { key: string; label: string; required: boolean }[];
};

/** A required option left without any value, per ticked template: '开庭通知书：请选择受通知人'. */
export function choiceProblems(
  choices: readonly BatchChoice[],
  templates: readonly TemplateOptions[],
): string[] {
  return choices.flatMap((c) => {
    const t = templates.find((x) => x.id === c.templateId);
    if (t === undefined) return [];
    return t.options
      .filter((o) => o.required && (c.options[o.key] ?? []).filter((v) => v !== '').length === 0)
      .map((o) => `${t.title}：请选择${o.label}`);
  });
}
