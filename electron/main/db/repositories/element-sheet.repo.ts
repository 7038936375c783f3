import type { Db } from '../connection';

export type SheetSide = 'applicant' | 'respondent' | 'findings';
export type SheetRow = {
  id: string;
  templateId: string;
  templateVersion: number;
  side: SheetSide;
  data: unknown;
  updatedAt: string;
};

export function createElementSheetRepo(db: Db) {
  const byCase = db.prepare<
    [string],
    {
      id: string;
      template_id: string;
      template_version: number;
      side: SheetSide;
      data: string;
      updated_at: string;
    }
  >(
    'SELECT id, template_id, template_version, side, data, updated_at FROM element_sheets WHERE case_id = ? AND deleted_at IS NULL ORDER BY template_id, side',
  );
  const find = db.prepare<[string, string, string], { id: string; data: string; template_version: number }>(
    'SELECT id, data, template_version FROM element_sheets WHERE case_id = ? AND template_id = ? AND side = ? AND deleted_at IS NULL',
  );
  return {
    listByCase: (caseId: string): SheetRow[] =>
      byCase.all(caseId).map((r) => ({
        id: r.id,
        templateId: r.template_id,
        templateVersion: r.template_version,
        side: r.side,
        data: JSON.parse(r.data) as unknown,
        updatedAt: r.updated_at,
      })),
    find(
      caseId: string,
      templateId: string,
      side: SheetSide,
    ): { id: string; data: unknown; templateVersion: number } | null {
      const r = find.get(caseId, templateId, side);
      return r
        ? { id: r.id, data: JSON.parse(r.data) as unknown, templateVersion: r.template_version }
        : null;
    },
  };
}
export type ElementSheetRepo = ReturnType<typeof createElementSheetRepo>;
