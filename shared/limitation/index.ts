/**
 * Arbitration limitation period (仲裁时效) at intake — the public API (issue 3 item 3; reference §2.5, §2.2).
 * Import from 'shared/limitation' only. It shows the bar date and warns; it NEVER blocks: the time bar is the
 * respondent's defence, so a late application is still received (《民法典》第一百九十三条, by analogy).
 *
 *   LimitationInput.parse(data)                                 → zod, Chinese messages naming each field
 *   checkLimitation(input, calendar, { remunerationTypes? })     → { barDate, inTime, status, explain, basis, warnings }
 *   DEFAULT_REMUNERATION_TYPES                                   → ['wage_arrears', 'overtime'] (configurable)
 *
 * Pass the committee's `Calendar` (officialCalendar, or one with imported years): the last day rolls forward
 * when off, and a year without holiday data gives `barDate: null` with the calendar's message, never a guess.
 *
 * Readings chosen where the texts leave room (report them to the committee; each is one place in the code):
 * 1. Year counting: start day excluded, last day the corresponding day (《民法典》第二百零一、二百零二条; knew on
 *    2025-03-10 → 2026-03-10; 2024-02-29 → 2025-02-28), rolled forward when off (第二百零三条).
 * 2. Interruption restarts the full year from the interruption day itself ("从中断时起", 第二十七条第二款), also for
 *    mediation — not from the end of the mediation (《民法典》第一百九十五条's "有关程序终结时"); record a later
 *    event as a further interruption. It must fall within the running period (on or before the rolled last day);
 *    one after expiry does not revive the period. An interruption never shortens the period: the later of the old
 *    and the restarted last day counts (this only matters for a one-day leap-year edge when the interruption falls
 *    inside a suspension covering the whole run since the start).
 * 3. Suspension (第二十七条第三款 "继续计算"): the last day moves out by the suspended days that fall within the
 *    running period, the period being extended by them in turn (a suspension straddling the last day pushes the
 *    remainder past its end). No "last six months" limit (that is 《民法典》第一百九十四条, for civil claims). Both
 *    ends of a suspension are suspended days (2025-07-01 至 2025-08-15 = 46 日). Overlapping suspensions count once.
 *    A suspension still open is taken to last through the application day (warning). Facts after the
 *    application day are ignored. Suspended days count against the unrolled period; roll-forward comes last.
 * 4. 劳动报酬 (第二十七条第四款): wage_arrears and overtime by default (overtime: the MOHRSS/SPC typical case). Still
 *    employed → `not_running`; ended → one year from the end date, even if the party learned of the arrears later
 *    (warning); ended after the application day → `not_running` (applied while employed); end date unknown and
 *    "still employed" not ticked → ordinary rule from `knewOn`, with a warning asking for the end date.
 * 5. A CALENDAR_GAP in the last roll-forward still gives `in_time` (barDate null) when the application falls on or
 *    before the unrolled last day, since rolling only moves it later; otherwise `undetermined` / inTime 'unknown'.
 */

export { checkLimitation } from './limitation';
export type { LimitationOptions, LimitationResult, LimitationStatus } from './limitation-types';
export { LimitationInput, LimitationInterruption, LimitationSuspension } from './limitation.schema';
export type { LimitationInputData } from './limitation.schema';
export { DEFAULT_REMUNERATION_TYPES, RemunerationTypes, isRemunerationClaim } from './remuneration-claims';
export { INTERRUPTION_KINDS, INTERRUPTION_KIND_CODES, interruptionKindLabel } from './interruption-kinds';
export type { InterruptionKind } from './interruption-kinds';
export { CaseLimitationFacts, LimitationResultView } from './case-limitation.schema';
export type { CaseLimitationFactsInput } from './case-limitation.schema';
