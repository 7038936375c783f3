import type { Db } from '../connection';

export type DocumentRecord = {
  id: string;
  caseId: string;
  templateId: string;
  version: number;
  title: string;
  options: string;
  dataHash: string;
  blobSha256: string;
  fileName: string;
  size: number;
  createdAt: string;
  createdBy: string;
  /** The date the document bears; null for versions made before it was stored. */
  docDate: string | null;
};

type Row = {
  id: string;
  case_id: string;
  template_id: string;
  version: number;
  title: string;
  options: string;
  data_hash: string;
  blob_sha256: string;
  file_name: string;
  size: number;
  created_at: string;
  created_by: string;
  doc_date: string | null;
};
const toRecord = (r: Row): DocumentRecord => ({
  id: r.id,
  caseId: r.case_id,
  templateId: r.template_id,
  version: r.version,
  title: r.title,
  options: r.options,
  dataHash: r.data_hash,
  blobSha256: r.blob_sha256,
  fileName: r.file_name,
  size: r.size,
  createdAt: r.created_at,
  createdBy: r.created_by,
  docDate: r.doc_date,
});

export function createDocumentRepo(db: Db) {
  const latest = db.prepare<[string, string, string], Row>(
    `SELECT * FROM documents WHERE case_id = ? AND template_id = ? AND options = ? AND deleted_at IS NULL
     ORDER BY version DESC LIMIT 1`,
  );
  const byCase = db.prepare<[string], Row>(
    'SELECT * FROM documents WHERE case_id = ? AND deleted_at IS NULL ORDER BY template_id, options, version DESC',
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM documents WHERE id = ? AND deleted_at IS NULL');
  return {
    latest: (caseId: string, templateId: string, options: string): DocumentRecord | null => {
      const r = latest.get(caseId, templateId, options);
      return r ? toRecord(r) : null;
    },
    listByCase: (caseId: string): DocumentRecord[] => byCase.all(caseId).map(toRecord),
    get: (id: string): DocumentRecord | null => {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
  };
}
export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
