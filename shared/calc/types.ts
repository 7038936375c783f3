// Shapes shared by every calculator's result.

/** Every calculator returns at least these; the amount is integer fen, rounded once, half up. */
export interface CalcResult {
  /** Integer fen, ≥ 0. */
  readonly amountFen: number;
  /** The formula with its inputs, in Chinese, one step per line (for the 裁决理由 section). */
  readonly explain: readonly string[];
  /** Provisions relied on, e.g. '《劳动合同法》第四十七条'. */
  readonly basis: readonly string[];
  /** Legal but suspicious inputs, and points the tribunal must decide itself. */
  readonly warnings: readonly string[];
}

/** Length of service, counted through the last day inclusive (reference, Decisions §4). */
export interface ServiceLength {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}
