import { refuseFutureDate as refuseOn } from '../../../shared/mutations/plan/refuse-future';
import type { MutationCtx } from './types';

/** The shared rule (shared/mutations/plan/refuse-future.ts) on the mutation's own clock. */
export function refuseFutureDate(
  ctx: MutationCtx,
  date: string,
  field: { path: string; label: string },
): void {
  refuseOn(ctx.today, date, field);
}
