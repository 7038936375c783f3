import type { Party } from '../../../../shared/domain/case/party.schema';
import type { Db } from '../connection';

type PartyRow = Record<string, unknown> & { id: string };

const toParty = (r: PartyRow): Party => ({
  id: r.id,
  caseId: r['case_id'] as string,
  kind: r['kind'] as Party['kind'],
  role: r['role'] as Party['role'],
  name: r['name'] as string,
  idNumber: (r['id_number'] as string | null) ?? null,
  creditCode: (r['credit_code'] as string | null) ?? null,
  sex: (r['sex'] as Party['sex']) ?? null,
  birthDate: (r['birth_date'] as string | null) ?? null,
  ethnicity: (r['ethnicity'] as string | null) ?? null,
  address: (r['address'] as string | null) ?? null,
  phone: (r['phone'] as string | null) ?? null,
  legalRep: (r['legal_rep'] as string | null) ?? null,
  legalRepTitle: (r['legal_rep_title'] as string | null) ?? null,
  representsPartyId: (r['represents_party_id'] as string | null) ?? null,
  agentType: (r['agent_type'] as string | null) ?? null,
  authority: (r['authority'] as string | null) ?? null,
  sortOrder: r['sort_order'] as number,
});

export function createPartyRepo(db: Db) {
  const byCase = db.prepare<[string], PartyRow>(
    'SELECT * FROM parties WHERE case_id = ? AND deleted_at IS NULL ORDER BY sort_order',
  );
  return {
    listByCase: (caseId: string): Party[] => byCase.all(caseId).map(toParty),
  };
}
export type PartyRepo = ReturnType<typeof createPartyRepo>;
