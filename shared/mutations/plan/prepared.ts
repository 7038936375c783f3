import { AppFailure } from '../../result';

/**
 * A value `prepare` fills in on the author's desktop (an id, a version number). A planner runs only on prepared
 * args, so its absence means the args were not prepared — a push built by hand — and is refused as such rather
 * than written as a malformed row.
 */
export function prepared<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppFailure('VALIDATION', `缺少${what}（操作参数未经准备）`);
  return value;
}
