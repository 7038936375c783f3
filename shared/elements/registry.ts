// Which 要素表 a case uses (reference §3.2: every 要素表 starts with the common elements; §3.3 adds one block per
// claim): the base template, then one per claim type, in the order the claims are listed.

import { BASE_TEMPLATE_ID } from './template.schema';
import type { ElementTemplate } from './template.schema';

/** The latest version of each template id. */
function latest(all: readonly ElementTemplate[]): Map<string, ElementTemplate> {
  const byId = new Map<string, ElementTemplate>();
  for (const t of all) {
    const prior = byId.get(t.id);
    if (prior === undefined || t.version > prior.version) byId.set(t.id, t);
  }
  return byId;
}

/**
 * templatesForClaimTypes(all, ['economic_compensation', 'overtime']) → [base, economic_compensation, overtime]:
 * the base template first (when present), then each template serving one of the claim types, each once, in the
 * order of the claim types; the highest version of each id. Claim types without a template add nothing.
 */
export function templatesForClaimTypes(
  all: readonly ElementTemplate[],
  claimTypes: readonly string[],
): ElementTemplate[] {
  const byId = latest(all);
  const out: ElementTemplate[] = [];
  const base = byId.get(BASE_TEMPLATE_ID);
  if (base !== undefined) out.push(base);
  for (const claim of claimTypes)
    for (const t of byId.values())
      if (
        t.id !== BASE_TEMPLATE_ID &&
        !out.includes(t) &&
        (t.claimTypes as readonly string[]).includes(claim)
      )
        out.push(t);
  return out;
}
