// Sorting elements into undisputed and disputed ones before the hearing (reference §3.1: "就各要素是否存在争议进行
// 归纳，围绕案件有争议要素进行审理"): the undisputed ones are confirmed directly and listed in the award as 双方确认
// (§3.5 item 5); only the disputed ones are examined at the hearing and reasoned in the award (§3.5 item 6).

import type {
  ApplicantAnswers,
  ElementValue,
  RespondentAnswer,
  RespondentAnswers,
  Stance,
} from './answers.schema';
import { templateElements } from './template.schema';
import type { ElementTemplate } from './template.schema';
import { formatElementValue, valuesEqual } from './values';

export type ElementState = 'agreed' | 'disputed' | 'not_addressed';

export interface ElementComparison {
  readonly key: string;
  readonly label: string;
  /** The group's label, e.g. '劳动关系'. */
  readonly group: string;
  readonly groupKey: string;
  readonly state: ElementState;
  readonly applicantValue: ElementValue | null;
  /** The respondent's own value (given with 不认可; usually null with 认可). */
  readonly respondentValue: ElementValue | null;
  /** null when the respondent's answer is missing altogether. */
  readonly stance: Stance | null;
  /** For 'agreed': the value both sides accept (the applicant's). */
  readonly agreedValue: ElementValue | null;
  /** Display text of each side's value (money '9,000.00 元', ranges 'A 至 B', 是/否, choice labels). */
  readonly applicantText: string;
  readonly respondentText: string;
  readonly note: string | null;
}

export interface ComparisonSummary {
  readonly agreed: number;
  readonly disputed: number;
  readonly notAddressed: number;
}

export interface ComparisonResult {
  readonly templateId: string;
  readonly templateTitle: string;
  readonly elements: readonly ElementComparison[];
  readonly summary: ComparisonSummary;
}

const present = (v: ElementValue | undefined | null): v is ElementValue =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

const own = <T>(record: { readonly [key: string]: T }, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function stateOf(
  applicant: ElementValue | undefined,
  answer: RespondentAnswer | undefined,
  equal: (a: ElementValue, b: ElementValue) => boolean,
): ElementState {
  if (!present(applicant) || answer === undefined || answer.stance === 'no_answer') return 'not_addressed';
  if (answer.stance === 'admit') return 'agreed';
  return present(answer.value) && equal(applicant, answer.value) ? 'agreed' : 'disputed';
}

/**
 * Compares the applicant's values with the respondent's answers, element by element in template order.
 * agreed = 认可, or 不认可 with an equal value; disputed = 不认可 with a different (or no) value; not_addressed =
 * 未答辩, no answer, or no applicant value. Only disputable elements are compared: identity fields
 * (disputable: false — names, ID numbers, phones) are not 要素 to be confirmed or disputed.
 */
export function compareElements(
  template: ElementTemplate,
  applicant: ApplicantAnswers,
  respondent: RespondentAnswers,
): ComparisonResult {
  const elements: ElementComparison[] = [];
  for (const { group, element } of templateElements(template)) {
    if (!element.disputable) continue;
    const a = own(applicant, element.key);
    const answer = own(respondent, element.key);
    const state = stateOf(a, answer, (x, y) => valuesEqual(element, x, y));
    const respondentValue = present(answer?.value) ? answer.value : null;
    const stance = answer?.stance ?? null;
    const note = answer?.note?.trim();
    elements.push({
      key: element.key,
      label: element.label,
      group: group.label,
      groupKey: group.key,
      state,
      applicantValue: present(a) ? a : null,
      respondentValue,
      stance,
      agreedValue: state === 'agreed' && present(a) ? a : null,
      applicantText: present(a) ? formatElementValue(element, a) : '（未填写）',
      respondentText:
        stance === null || stance === 'no_answer'
          ? '（未答辩）'
          : stance === 'admit'
            ? '认可'
            : respondentValue === null
              ? '不认可（未提出主张）'
              : formatElementValue(element, respondentValue),
      note: note === undefined || note === '' ? null : note,
    });
  }
  const count = (s: ElementState) => elements.filter((e) => e.state === s).length;
  return {
    templateId: template.id,
    templateTitle: template.title,
    elements,
    summary: { agreed: count('agreed'), disputed: count('disputed'), notAddressed: count('not_addressed') },
  };
}
