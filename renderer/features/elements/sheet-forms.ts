import { z } from 'zod';
import { findingSchema, formatElementValue, templateElements } from '../../../shared/elements';
import type {
  Element as ElementDef,
  ElementTemplate,
  ElementValue,
  Finding,
  Stance,
} from '../../../shared/elements';
import { fromField, toField } from './element-form-values';
import type { FieldValue, FormIssue } from './element-form-values';

/**
 * The three sheets of a template as forms: the applicant's values, the respondent's stance on each of them
 * (认可 / 不认可 with its own value / 未答辩) and the tribunal's findings on the disputed ones. Each converts to
 * the data `elements:save` stores, leaving out what is blank.
 */
export type ApplicantForm = { [key: string]: FieldValue };
export type RespondentRowForm = { stance: Stance | ''; value: FieldValue; note: string };
export type RespondentForm = { [key: string]: RespondentRowForm };
export type FindingRowForm = { value: FieldValue; reason: string; evidence: string };
export type FindingsForm = { [key: string]: FindingRowForm };
export type Converted = { data: Record<string, unknown>; issues: FormIssue[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const own = (r: unknown, key: string): unknown => (isRecord(r) && Object.hasOwn(r, key) ? r[key] : undefined);

export function applicantToForm(template: ElementTemplate, answers: unknown): ApplicantForm {
  return Object.fromEntries(
    templateElements(template).map(({ element }) => [
      element.key,
      toField(element, own(answers, element.key)),
    ]),
  );
}

export function formToApplicant(template: ElementTemplate, form: unknown): Converted {
  const issues: FormIssue[] = [];
  const data: Record<string, unknown> = {};
  for (const { element } of templateElements(template)) {
    const v = fromField(element, own(form, element.key), element.key, issues);
    if (v !== undefined) data[element.key] = v;
  }
  return { data, issues };
}

/** An element the respondent answers: disputable and filled in by the applicant, with the applicant's text. */
export type AnsweredElement = { element: ElementDef; group: string; applicantText: string };

export function respondentElements(template: ElementTemplate, applicant: unknown): AnsweredElement[] {
  return templateElements(template).flatMap(({ group, element }) => {
    const value = own(applicant, element.key);
    if (!element.disputable || value === undefined || value === null || value === '') return [];
    return [
      { element, group: group.label, applicantText: formatElementValue(element, value as ElementValue) },
    ];
  });
}

const STANCE_CODES: readonly string[] = ['admit', 'deny', 'no_answer'];

export function respondentToForm(elements: readonly AnsweredElement[], answers: unknown): RespondentForm {
  return Object.fromEntries(
    elements.map(({ element }) => {
      const a = own(answers, element.key);
      const stance = str(own(a, 'stance'));
      return [
        element.key,
        {
          stance: STANCE_CODES.includes(stance) ? (stance as Stance) : '',
          value: toField(element, own(a, 'value')),
          note: str(own(a, 'note')),
        },
      ];
    }),
  );
}

/** Unanswered rows are left out; the respondent's own value is kept only with 不认可. */
export function formToRespondent(elements: readonly AnsweredElement[], form: unknown): Converted {
  const issues: FormIssue[] = [];
  const data: Record<string, unknown> = {};
  for (const { element } of elements) {
    const row = own(form, element.key);
    const stance = str(own(row, 'stance'));
    if (!STANCE_CODES.includes(stance)) continue;
    const note = str(own(row, 'note')).trim();
    const value =
      stance === 'deny' ? fromField(element, own(row, 'value'), `${element.key}.value`, issues) : undefined;
    data[element.key] = {
      stance,
      ...(value === undefined ? {} : { value }),
      ...(note === '' ? {} : { note }),
    };
  }
  return { data, issues };
}

/** Evidence typed one item a line (or separated by 、；;). */
export const evidenceLines = (text: string): string[] =>
  text
    .split(/[\n、；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function findingsToForm(elements: readonly ElementDef[], findings: unknown): FindingsForm {
  const list = Array.isArray(findings) ? findings.filter(isRecord) : [];
  return Object.fromEntries(
    elements.map((element) => {
      const f = list.find((x) => x['key'] === element.key);
      const evidence = Array.isArray(f?.['evidence'])
        ? f['evidence'].filter((e) => typeof e === 'string')
        : [];
      return [
        element.key,
        { value: toField(element, f?.['value']), reason: str(f?.['reason']), evidence: evidence.join('\n') },
      ];
    }),
  );
}

/** Rows left entirely blank are skipped; the others become findings keyed by element (validated by zod). */
export function formToFindings(elements: readonly ElementDef[], form: unknown): Converted {
  const issues: FormIssue[] = [];
  const data: Record<string, unknown> = {};
  for (const element of elements) {
    const row = own(form, element.key);
    const value = fromField(element, own(row, 'value'), `${element.key}.value`, issues);
    const reason = str(own(row, 'reason'));
    const evidence = evidenceLines(str(own(row, 'evidence')));
    if (value === undefined && reason.trim() === '' && evidence.length === 0) continue;
    data[element.key] = { key: element.key, ...(value === undefined ? {} : { value }), reason, evidence };
  }
  return { data, issues };
}

/** The findings form's schema: each present row must be a valid finding on its element. */
export function findingsFormSchema(
  template: ElementTemplate,
  elements: readonly ElementDef[],
): z.ZodType<Record<string, Finding | undefined>> {
  const one = findingSchema(template);
  return z.object(Object.fromEntries(elements.map((e) => [e.key, one.optional()])));
}

/** Findings in element order, for `elements:save`. */
export const findingsList = (
  elements: readonly ElementDef[],
  out: Record<string, Finding | undefined>,
): Finding[] =>
  elements.flatMap((e) => {
    const f = out[e.key];
    return f === undefined ? [] : [f];
  });

/** A server issue on the saved findings list ('1.reason') → the form path ('<key>.reason'). */
export function findingIssuePath(path: string, sent: readonly Finding[]): string | null {
  const [index, ...rest] = path.split('.');
  const f = sent[Number(index)];
  if (index === undefined || index === '' || f === undefined) return null;
  const field = rest[0] === 'evidence' ? ['evidence'] : rest;
  return [f.key, ...field].join('.');
}
