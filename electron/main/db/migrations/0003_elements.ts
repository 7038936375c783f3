/**
 * 要素表 answers per case and template: the applicant's sheet, the respondent's sheet and the tribunal's
 * findings. Each row keeps the template version it was filled with (a later template version never
 * reinterprets old answers).
 */
export const up = `
CREATE TABLE element_sheets (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  template_id TEXT NOT NULL,
  template_version INTEGER NOT NULL CHECK (template_version >= 1),
  side TEXT NOT NULL CHECK (side IN ('applicant', 'respondent', 'findings')),
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  row_seq INTEGER,
  field_seqs TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  delete_reason TEXT,
  _ext TEXT,
  UNIQUE (case_id, template_id, side)
) STRICT;
`;
