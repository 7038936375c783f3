import { DISPUTE_REASON_CODES, type DisputeReason } from '../../../../shared/domain/reference-data';
import {
  LimitationInterruption,
  LimitationSuspension,
  type LimitationInputData,
} from '../../../../shared/limitation';
import { isValidIsoDate } from '../../../../shared/validate';

/**
 * The 仲裁时效 part of the register form (issue 3 item 3). Text boxes hold strings ('' = not filled in); the
 * block is sent as `limitation` in cases:register only when 知道或者应当知道权利被侵害之日 is filled in.
 */
export type InterruptionForm = { on: string; kind: string; note: string };
export type SuspensionForm = { from: string; to: string; reason: string };
export type LimitationForm = {
  knewOn: string;
  stillEmployed: boolean;
  employmentEndedOn: string;
  interruptions: InterruptionForm[];
  suspensions: SuspensionForm[];
};

/** Form rows behind the submitted (blank-rows-dropped) lists, so issue paths can be mapped back. */
export type LimitationRowIndex = { interruptions: number[]; suspensions: number[] };

export const blankLimitation = (): LimitationForm => ({
  knewOn: '',
  stillEmployed: false,
  employmentEndedOn: '',
  interruptions: [],
  suspensions: [],
});
export const blankInterruption = (): InterruptionForm => ({ on: '', kind: '', note: '' });
export const blankSuspension = (): SuspensionForm => ({ from: '', to: '', reason: '' });

const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s);
const isBlankInterruption = (r: InterruptionForm) => r.on === '' && r.kind === '' && r.note.trim() === '';
const isBlankSuspension = (r: SuspensionForm) => r.from === '' && r.to === '' && r.reason.trim() === '';

/** True when anything besides 知道之日 was entered (it would be lost while 知道之日 is empty). */
export function hasOtherFacts(l: LimitationForm): boolean {
  return (
    l.stillEmployed ||
    l.employmentEndedOn !== '' ||
    l.interruptions.some((r) => !isBlankInterruption(r)) ||
    l.suspensions.some((r) => !isBlankSuspension(r))
  );
}

/**
 * Form → the `limitation` block of cases:register (still unvalidated), or undefined when 知道之日 is empty.
 * Completely blank rows are dropped; an empty required part is sent as absent so the schema says "请填写…".
 */
export function toLimitationFacts(l: LimitationForm): {
  facts: Record<string, unknown> | undefined;
  index: LimitationRowIndex;
} {
  const index: LimitationRowIndex = { interruptions: [], suspensions: [] };
  if (l.knewOn === '') return { facts: undefined, index };
  const interruptions: Record<string, unknown>[] = [];
  l.interruptions.forEach((r, i) => {
    if (isBlankInterruption(r)) return;
    index.interruptions.push(i);
    // '' fails the enum with its own message ('请选择时效中断事由').
    interruptions.push({ on: opt(r.on), kind: r.kind, note: opt(r.note) });
  });
  const suspensions: Record<string, unknown>[] = [];
  l.suspensions.forEach((r, i) => {
    if (isBlankSuspension(r)) return;
    index.suspensions.push(i);
    suspensions.push({ from: opt(r.from), to: opt(r.to), reason: opt(r.reason) });
  });
  const facts = {
    knewOn: l.knewOn,
    stillEmployed: l.stillEmployed ? true : undefined,
    // Both together are refused by the schema; the form disables the end date while 仍存续 is ticked.
    employmentEndedOn: l.stillEmployed ? undefined : opt(l.employmentEndedOn),
    interruptions,
    suspensions,
  };
  return { facts, index };
}

/** 'limitation.interruptions.0.kind' (submitted list) → the form row's path; other paths unchanged. */
export function limitationFormPath(parts: readonly string[], index: LimitationRowIndex): string {
  const [head, list, row, ...rest] = parts;
  if (head !== 'limitation' || (list !== 'interruptions' && list !== 'suspensions')) return parts.join('.');
  if (row === undefined) return `limitation.${list}.root`;
  const formRow = index[list][Number(row)] ?? Number(row);
  return ['limitation', list, String(formRow), ...rest].join('.');
}

const isDisputeReason = (code: string): code is DisputeReason =>
  (DISPUTE_REASON_CODES as readonly string[]).includes(code);

/**
 * The limitation:check inputs for a live preview: one per selected 案由, the application day being the form's
 * 收件日期. Rows not (yet) complete are left out and counted in `skipped`, so half-typed rows never turn the
 * preview into an error. No inputs while 知道之日 or 收件日期 is not a real date.
 */
export function limitationChecks(
  l: LimitationForm,
  reasons: readonly string[],
  applicationOn: string,
): { inputs: LimitationInputData[]; skipped: number } {
  if (!isValidIsoDate(l.knewOn) || !isValidIsoDate(applicationOn)) return { inputs: [], skipped: 0 };
  let skipped = 0;
  const interruptions: LimitationInputData['interruptions'] = [];
  for (const r of l.interruptions) {
    if (isBlankInterruption(r)) continue;
    const parsed = LimitationInterruption.safeParse({ on: r.on, kind: r.kind, note: opt(r.note) });
    if (parsed.success) interruptions.push(parsed.data);
    else skipped += 1;
  }
  const suspensions: LimitationInputData['suspensions'] = [];
  for (const r of l.suspensions) {
    if (isBlankSuspension(r)) continue;
    const parsed = LimitationSuspension.safeParse({ from: r.from, to: opt(r.to), reason: r.reason });
    if (parsed.success) suspensions.push(parsed.data);
    else skipped += 1;
  }
  const ended =
    !l.stillEmployed && isValidIsoDate(l.employmentEndedOn) ? { employmentEndedOn: l.employmentEndedOn } : {};
  const inputs = reasons.filter(isDisputeReason).map((claimType): LimitationInputData => ({
    claimType,
    knewOn: l.knewOn,
    ...(l.stillEmployed ? { stillEmployed: true } : {}),
    ...ended,
    interruptions,
    suspensions,
    applicationOn,
  }));
  return { inputs, skipped };
}
