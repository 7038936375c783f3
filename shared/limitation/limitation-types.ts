// Result of the limitation check at intake (reference §2.5). The check informs; it never blocks.

import type { DisputeReason } from '../domain/reference-data';

/**
 * `not_running`: a 劳动报酬 claim while the employment relationship still exists (第二十七条第四款).
 * `undetermined`: the answer depends on a day of a year whose holiday arrangement is not loaded (CALENDAR_GAP);
 * the app never guesses (product decision 3).
 */
export type LimitationStatus = 'in_time' | 'time_barred' | 'not_running' | 'undetermined';

export interface LimitationResult {
  /** Last day to apply, rolled forward when off; null while not running, or when a calendar gap hides it. */
  readonly barDate: string | null;
  /** applicationOn ≤ barDate; 'not_applicable' while not running; 'unknown' when a calendar gap hides it. */
  readonly inTime: boolean | 'not_applicable' | 'unknown';
  readonly status: LimitationStatus;
  /** Each step in Chinese, in order, e.g. "知道权利被侵害之日 2025-03-10 起算一年 → 2026-03-10". */
  readonly explain: readonly string[];
  /** Articles relied on, e.g. '《劳动争议调解仲裁法》第二十七条第一款'. */
  readonly basis: readonly string[];
  /** What the clerk should see: time barred (never a refusal), ignored events, open suspensions, calendar gaps. */
  readonly warnings: readonly string[];
}

export interface LimitationOptions {
  /** Claim types following the 劳动报酬 rule (第二十七条第四款); default `DEFAULT_REMUNERATION_TYPES`. */
  readonly remunerationTypes?: readonly DisputeReason[];
}
