// One note on a claim's 要素表 (claim-notes.ts, claim-contradictions.ts): the element keys it reads and the check,
// plus the readers of one answer it uses. A value of the wrong shape reads as "not filled" (the form validates
// shapes; a note only looks at facts that are there).

import type { ApplicantAnswers, ElementValue } from './answers.schema';
import type { ClaimFlag, ClaimFlagSeverity } from './claim-input';

/** `keys` lists every element the check reads or speaks about, so a test can prove each element is used. */
export interface ClaimNote {
  readonly keys: readonly string[];
  readonly check: (answers: ApplicantAnswers) => ClaimFlag | null;
}

const get = (a: ApplicantAnswers, key: string): ElementValue | undefined =>
  Object.hasOwn(a, key) ? a[key] : undefined;

/** A positive amount of fen, or null. */
export const answerMoney = (a: ApplicantAnswers, key: string): number | null => {
  const v = get(a, key);
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null;
};

/** A finite number (hours, months, years), or null. */
export const answerNumber = (a: ApplicantAnswers, key: string): number | null => {
  const v = get(a, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** A non-blank text, date or choice value, or null. */
export const answerText = (a: ApplicantAnswers, key: string): string | null => {
  const v = get(a, key);
  return typeof v === 'string' && v.trim() !== '' ? v : null;
};

/** The answer is exactly this choice value or boolean. */
export const answerIs = (a: ApplicantAnswers, key: string, value: string | boolean): boolean =>
  get(a, key) === value;

/** The rows of a list element that are objects (anything else is skipped). */
export const answerRows = (a: ApplicantAnswers, key: string): ReadonlyArray<Record<string, unknown>> => {
  const v = get(a, key);
  return Array.isArray(v)
    ? v.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    : [];
};

export const flag = (severity: ClaimFlagSeverity, key: string, message: string): ClaimFlag => ({
  severity,
  key,
  message,
});
