import { validateIdNumber } from '../../validate';
import type { Claim, ClaimInput } from './claim.schema';
import type { Party, PartyInput } from './party.schema';

const derived = (idNumber: string | undefined): { sex?: 'male' | 'female'; birthDate?: string } =>
  idNumber === undefined ? {} : validateIdNumber(idNumber);

/**
 * A validated party input as the row it is stored as: only the fields of its kind, sex and birth date following
 * from the 公民身份号码 when not entered (reference §3.2; validated to agree), the agent's principal as an id.
 * Registration writes it, and a 更正 compares against it, so the two can never store a party differently.
 */
export function partyRecord(
  p: PartyInput,
  id: string,
  caseId: string,
  partyIds: readonly string[],
  sortOrder: number,
): Party {
  return {
    id,
    caseId,
    kind: p.kind,
    role: p.role,
    name: p.name,
    idNumber: p.kind === 'employer' ? null : (p.idNumber ?? null),
    creditCode: p.kind === 'employer' ? (p.creditCode ?? null) : null,
    sex: p.kind === 'worker' ? (p.sex ?? derived(p.idNumber).sex ?? null) : null,
    birthDate: p.kind === 'worker' ? (p.birthDate ?? derived(p.idNumber).birthDate ?? null) : null,
    ethnicity: p.kind === 'worker' ? (p.ethnicity ?? null) : null,
    address: p.kind === 'agent' ? null : (p.address ?? null),
    phone: p.phone ?? null,
    legalRep: p.kind === 'employer' ? (p.legalRep ?? null) : null,
    legalRepTitle: p.kind === 'employer' ? (p.legalRepTitle ?? null) : null,
    representsPartyId: p.kind === 'agent' ? (partyIds[p.representsIndex] ?? null) : null,
    agentType: p.kind === 'agent' ? p.agentType : null,
    authority: p.kind === 'agent' ? p.authority : null,
    sortOrder,
  };
}

/** A validated claim input as the row it is stored as. */
export const claimRecord = (c: ClaimInput, id: string, caseId: string, sortOrder: number): Claim => ({
  id,
  caseId,
  type: c.type,
  description: c.description ?? null,
  amountFen: c.amountFen ?? null,
  sortOrder,
});
