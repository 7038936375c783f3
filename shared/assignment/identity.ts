// Who is "the same party" for recusal (调解仲裁法第三十三条, reference §1.3 A6a) and for "an earlier case with the
// same parties". Codes decide when both sides carry the same kind of code; the exact name decides only when no
// code can be compared (reading 3 in index.ts).

import type { AssignmentParty, HandledCase } from './case.schema';
import type { Relationship } from './staff.schema';

interface PartyKey {
  readonly name?: string | undefined;
  readonly idNumber?: string | undefined;
  readonly creditCode?: string | undefined;
}

/** NFKC, no spaces, upper case: full-width digits and a lower-case 'x' in an ID number compare equal. */
function norm(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const v = s.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
  return v === '' ? undefined : v;
}

/** True when x and y name the same person or organisation. */
export function sameParty(x: PartyKey, y: PartyKey): boolean {
  const [xi, yi] = [norm(x.idNumber), norm(y.idNumber)];
  if (xi !== undefined && yi !== undefined) return xi === yi;
  const [xc, yc] = [norm(x.creditCode), norm(y.creditCode)];
  if (xc !== undefined && yc !== undefined) return xc === yc;
  const [xn, yn] = [norm(x.name), norm(y.name)];
  return xn !== undefined && xn === yn;
}

/** The party of the case a declared relationship points at, if any. */
export function relatedParty(
  relationship: Relationship,
  parties: readonly AssignmentParty[],
): AssignmentParty | undefined {
  const key: PartyKey = {
    name: relationship.partyName,
    idNumber: relationship.idNumber,
    creditCode: relationship.creditCode,
  };
  return parties.find((p) => sameParty(key, p));
}

const principals = (parties: readonly AssignmentParty[]) => parties.filter((p) => p.role !== 'agent');

/** The same parties: every principal party of each case is a principal party of the other (agents ignored). */
export function sameParties(x: readonly AssignmentParty[], y: readonly AssignmentParty[]): boolean {
  const [px, py] = [principals(x), principals(y)];
  if (px.length === 0 || py.length === 0) return false;
  return px.every((p) => py.some((q) => sameParty(p, q))) && py.every((q) => px.some((p) => sameParty(p, q)));
}

/** Earlier cases (not `caseId` itself) with the same parties that `staffId` handled as A or B. */
export function earlierSamePartyCases(
  staffId: string,
  caseId: string,
  parties: readonly AssignmentParty[],
  history: readonly HandledCase[],
): HandledCase[] {
  return history.filter(
    (h) => h.id !== caseId && (h.a === staffId || h.b === staffId) && sameParties(parties, h.parties),
  );
}
