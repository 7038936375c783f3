import type { Channel } from '../../../shared/contracts/channels';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import type { AppServices } from '../services';
import { caseReadRefusal } from '../services/case-access';

type Arg = Record<string, unknown>;
type CasesOf = (arg: Arg, s: AppServices) => (string | null)[];
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const one =
  (key: string): CasesOf =>
  (a) => [text(a[key])];
/** The cases of a print or batch request: every item names one. */
const items: CasesOf = (a) =>
  Array.isArray(a['items'])
    ? a['items'].map((it: unknown) =>
        typeof it === 'object' && it !== null ? text((it as Arg)['caseId']) : null,
      )
    : [];

/**
 * The channels that hand out one or more cases' data or files, and how each names its cases (issue 15 item 5): the
 * dispatcher checks the caller may see every one of them — the same office rule the server enforces for devices
 * — before the handler runs, so a person of one station cannot read another station's case on a shared committee
 * PC by asking for it by id, by a document's id or inside a print list. Writes are refused by the mutation
 * runner's office scope (each mutation's `caseOf`, which also resolves a conflict's or an assignment's case);
 * `documents:generate` is here because it reads the case before its mutation runs. Lists: case-lists.ts.
 */
const CASES_OF: Partial<Record<Channel, CasesOf>> = {
  'cases:get': one('id'),
  'cases:timeline': one('id'),
  'cases:procedure': one('id'),
  'cases:corrections': one('id'),
  'cases:review': one('id'),
  'elements:case': one('id'),
  'documents:list': one('caseId'),
  'documents:check': one('caseId'),
  'documents:generate': one('caseId'),
  'documents:courtBundle': one('caseId'),
  'assignment:proposal': one('caseId'),
  'conflicts:list': one('caseId'),
  'documents:printHtml': items,
  'documents:print': items,
  'documents:exportPdf': items,
  'documents:batchStart': items,
  'documents:download': (a, s) => {
    const id = text(a['id']);
    return [id === null ? null : (s.repos.documents.get(id)?.caseId ?? null)];
  },
};

export type CaseReadRefusal = { code: 'FORBIDDEN' | 'NOT_FOUND'; message: string };

/** A stored file may belong to several cases (the same scan twice): seeing any of them is enough. */
function fileRefusal(arg: Arg, user: SessionUser, s: AppServices): CaseReadRefusal | null {
  const sha256 = text(arg['sha256']);
  const owners = sha256 === null ? [] : s.repos.fileCases.casesNaming(sha256);
  // A file no record names is nobody's yet: it is not handed out (the uploader still holds their own copy).
  if (owners.length === 0) return { code: 'NOT_FOUND', message: '附件不存在' };
  let refusal: string | null = null;
  for (const caseId of owners) {
    const row = s.repos.cases.get(caseId);
    if (row === null) continue;
    refusal = caseReadRefusal(s.repos, row, user);
    if (refusal === null) return null;
  }
  return { code: 'FORBIDDEN', message: refusal ?? '您所在的机构无权查看该附件' };
}

/** The refusal when `user` may not see a case the call names; null when allowed or none is named. */
export function caseReadGuard(
  channel: Channel,
  arg: unknown,
  user: SessionUser | null,
  s: AppServices,
): CaseReadRefusal | null {
  if (user === null || typeof arg !== 'object' || arg === null) return null;
  if (channel === 'attachments:get') return fileRefusal(arg as Arg, user, s);
  const casesOf = CASES_OF[channel];
  if (casesOf === undefined) return null;
  for (const caseId of new Set(casesOf(arg as Arg, s))) {
    const row = caseId === null ? null : s.repos.cases.get(caseId);
    // An unknown case is the handler's NOT_FOUND, not a refusal.
    const refusal = row === null ? null : caseReadRefusal(s.repos, row, user);
    if (refusal !== null) return { code: 'FORBIDDEN', message: refusal };
  }
  return null;
}
