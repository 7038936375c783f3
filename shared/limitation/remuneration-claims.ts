// Which claim types follow the special rule for 劳动报酬 (labour remuneration), 《劳动争议调解仲裁法》第二十七条第四款
// (reference §2.5, [V]): arrears arising while the employment relationship exists are not subject to the one-year
// period; once the relationship ends, the claim must be made within one year of its end.
//
// Overtime pay is 劳动报酬: the MOHRSS/SPC typical case "加班费的仲裁时效应当如何认定" ("加班费属于劳动报酬，相关
// 争议处理中应当适用特别仲裁时效"). Double wages, annual-leave pay and compensation are treated by many places as NOT
// 劳动报酬 (reference §2.5, [M]), so they follow the ordinary rule by default. The list is configuration: a committee
// whose local guidance differs passes its own list to `checkLimitation` (options.remunerationTypes).

import { z } from 'zod';
import { DISPUTE_REASON_CODES } from '../domain/reference-data';
import type { DisputeReason } from '../domain/reference-data';

/** Default claim types treated as 劳动报酬 for the limitation period: unpaid wages and overtime pay. */
export const DEFAULT_REMUNERATION_TYPES: readonly DisputeReason[] = Object.freeze([
  'wage_arrears',
  'overtime',
] as const);

/** A committee's own list, as stored in its settings (no duplicates). */
export const RemunerationTypes = z
  .array(z.enum(DISPUTE_REASON_CODES, { message: '劳动报酬类请求类型无效，请从列表中选择' }), {
    message: '请选择适用劳动报酬特别时效的请求类型',
  })
  .refine((types) => new Set(types).size === types.length, {
    message: '适用劳动报酬特别时效的请求类型不能重复',
  });

/** True when the claim type follows the special 劳动报酬 rule under the given list (the default list if omitted). */
export function isRemunerationClaim(
  claimType: DisputeReason,
  types: readonly DisputeReason[] = DEFAULT_REMUNERATION_TYPES,
): boolean {
  return types.includes(claimType);
}
