import type { Channel } from '../../../shared/contracts/channels';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import type { AppServices } from '../services';
import { caseReadRefusal } from '../services/case-access';

type Arg = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The channels that hand out one case's data or files, and how each names its case (issue 15 item 5): the
 * dispatcher checks the caller may see that case — the same office rule the server enforces for devices — before
 * the handler runs, so a person of one station cannot read another station's case on a shared committee PC by
 * asking for it by id. Lists are scoped by the queries that build them; the court bundle checks in its service.
 */
const CASE_OF: Partial<Record<Channel, (arg: Arg, s: AppServices) => string | null>> = {
  'cases:get': (a) => text(a['id']),
  'cases:timeline': (a) => text(a['id']),
  'cases:procedure': (a) => text(a['id']),
  'cases:corrections': (a) => text(a['id']),
  'cases:review': (a) => text(a['id']),
  'elements:case': (a) => text(a['id']),
  'documents:list': (a) => text(a['caseId']),
  'documents:download': (a, s) => {
    const id = text(a['id']);
    return id === null ? null : (s.repos.documents.get(id)?.caseId ?? null);
  },
};

/** The Chinese refusal when `user` may not see the case the call names; null when allowed or none is named. */
export function caseReadGuard(
  channel: Channel,
  arg: unknown,
  user: SessionUser | null,
  s: AppServices,
): string | null {
  const caseOf = CASE_OF[channel];
  if (caseOf === undefined || user === null || typeof arg !== 'object' || arg === null) return null;
  const caseId = caseOf(arg as Arg, s);
  const row = caseId === null ? null : s.repos.cases.get(caseId);
  // An unknown case is the handler's NOT_FOUND, not a refusal.
  return row === null ? null : caseReadRefusal(s.repos, row, user);
}
