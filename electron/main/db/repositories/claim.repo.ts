import type { Claim } from '../../../../shared/domain/case/claim.schema';
import type { Db } from '../connection';

type ClaimRow = {
  id: string;
  case_id: string;
  type: string;
  description: string | null;
  amount_fen: number | null;
  sort_order: number;
};

export function createClaimRepo(db: Db) {
  const byCase = db.prepare<[string], ClaimRow>(
    'SELECT * FROM claims WHERE case_id = ? AND deleted_at IS NULL ORDER BY sort_order',
  );
  return {
    listByCase: (caseId: string): Claim[] =>
      byCase.all(caseId).map((r) => ({
        id: r.id,
        caseId: r.case_id,
        type: r.type,
        description: r.description,
        amountFen: r.amount_fen,
        sortOrder: r.sort_order,
      })),
  };
}
export type ClaimRepo = ReturnType<typeof createClaimRepo>;
