// Suspension (中止) of the limitation period, 《劳动争议调解仲裁法》第二十七条第三款: for force majeure or another
// good cause the period stops running, and "从中止时效的原因消除之日起，仲裁时效期间继续计算" — it continues after the
// cause ends. Reading chosen here (documented in index.ts): the period counts only days that are not suspended,
// so the last day moves out by the number of suspended days that fall inside the running period. A suspension
// straddling the original last day therefore pushes the whole remainder past the cause's end. 《民法典》第一百九十四条
// limits civil suspension to causes in the last six months; the labour law says simply 中止, so no such limit.
// Days are integer day numbers; a span includes both its ends.

export interface SuspensionSpan {
  readonly from: number;
  readonly to: number;
  /** The reasons of the input suspensions merged into this span, in date order. */
  readonly reasons: readonly string[];
}

/** Sorts by start and merges spans that share at least one day, so no day is counted twice. */
export function mergeSpans(
  spans: readonly { readonly from: number; readonly to: number; readonly reason: string }[],
): SuspensionSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: { from: number; to: number; reasons: string[] }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.from <= last.to) {
      last.to = Math.max(last.to, s.to);
      if (!last.reasons.includes(s.reason)) last.reasons.push(s.reason);
    } else {
      merged.push({ from: s.from, to: s.to, reasons: [s.reason] });
    }
  }
  return merged;
}

/** Days of one span inside (after, through]. */
export function overlapDays(span: SuspensionSpan, after: number, through: number): number {
  return Math.max(0, Math.min(span.to, through) - Math.max(span.from, after + 1) + 1);
}

/** Suspended days inside (after, through]; the spans must not overlap (see `mergeSpans`). */
export function suspendedWithin(spans: readonly SuspensionSpan[], after: number, through: number): number {
  let total = 0;
  for (const span of spans) total += overlapDays(span, after, through);
  return total;
}

/**
 * The last day of a period that starts after `start` (the start day excluded, 《民法典》第二百零一条) and would end
 * on `anniversary` without suspensions: the smallest day E with (anniversary − start) non-suspended days in
 * (start, E]. Found by iterating E ← anniversary + suspended days in (start, E], which only grows and stops
 * at that smallest E (each step adds at most the days still missing). Never before `anniversary`.
 */
export function extendedEnd(start: number, anniversary: number, spans: readonly SuspensionSpan[]): number {
  let end = anniversary;
  for (;;) {
    const next = anniversary + suspendedWithin(spans, start, end);
    if (next === end) return end;
    end = next;
  }
}
