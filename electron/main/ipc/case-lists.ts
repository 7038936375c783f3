import type { Channel } from '../../../shared/contracts/channels';
import type { Out } from '../../../shared/contracts/ipc';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import type { AppServices } from '../services';
import { caseReader } from '../services/case-access';

type May = (caseId: string) => boolean;
type ListScope = { [C in Channel]?: (out: Out<C>, may: May) => Out<C> };

/** A risk warning is dropped when it names a case the reader may not see: its message names that case. */
const warningsFor = <W extends { caseIds: string[] }>(warnings: readonly W[], may: May): W[] =>
  warnings.filter((w) => w.caseIds.every(may));

/**
 * The channels that answer rows of many cases, and how each keeps only the rows the caller may see (issue 15
 * item 5): a station's person on a shared committee PC sees their own station's cases in 期限待办, 风险预警, the
 * hearing list, conflicts and leave clashes, never a sibling station's — the rule of services/case-access.ts. The
 * dispatcher applies it to every answer of these channels, so no handler can forget. `cases:list` is scoped in its
 * SQL instead (a page and its total must agree), and `stats:*` by the director's office in the stats service.
 */
const LIST_SCOPE: ListScope = {
  'deadlines:list': (rows, may) => rows.filter((r) => may(r.caseId)),
  'documents:hearings': (rows, may) => rows.filter((r) => may(r.caseId)),
  'conflicts:list': (rows, may) => rows.filter((r) => may(r.caseId)),
  'staff:leaveConflicts': (rows, may) => rows.filter((r) => may(r.caseId)),
  'staff:recordLeave': (out, may) => ({ ...out, conflicts: out.conflicts.filter((c) => may(c.caseId)) }),
  'risk:check': (warnings, may) => warningsFor(warnings, may),
  'risk:dashboard': (out, may) => ({
    ...out,
    rows: out.rows
      .filter((r) => may(r.caseId))
      .map((r) => ({ ...r, warnings: warningsFor(r.warnings, may) })),
  }),
};

/** `value` with only the rows `user` may see, for the channels of LIST_SCOPE; other answers unchanged. */
export function scopeListAnswer(
  channel: Channel,
  value: unknown,
  user: SessionUser | null,
  s: AppServices,
): unknown {
  const scope = LIST_SCOPE[channel] as ((out: unknown, may: May) => unknown) | undefined;
  if (scope === undefined || user === null) return value;
  return scope(value, caseReader(s.repos, user));
}
