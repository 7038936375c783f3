// Collects the explanation, the citations (in first-use order, no duplicates) and the warnings of one check.

import type { LimitationResult, LimitationStatus } from './limitation-types';

export class Report {
  readonly explain: string[] = [];
  readonly warnings: string[] = [];
  private readonly cited: string[] = [];

  cite(...articles: readonly string[]): void {
    for (const a of articles) if (!this.cited.includes(a)) this.cited.push(a);
  }

  finish(
    status: LimitationStatus,
    barDate: string | null,
    inTime: LimitationResult['inTime'],
  ): LimitationResult {
    return {
      barDate,
      inTime,
      status,
      explain: [...this.explain],
      basis: [...this.cited],
      warnings: [...this.warnings],
    };
  }
}
