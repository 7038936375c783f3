/**
 * Generated documents, kept with the case: every version, with the hash of the data it was made from and the
 * content-addressed file (blobs/). Regenerating after the data changed adds a version; nothing is overwritten.
 */
export const up = `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases(id),
  office_id TEXT NOT NULL,
  template_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL,
  options TEXT NOT NULL,
  data_hash TEXT NOT NULL,
  blob_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  row_seq INTEGER,
  field_seqs TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  delete_reason TEXT,
  _ext TEXT,
  UNIQUE (case_id, template_id, options, version)
) STRICT;
CREATE INDEX idx_documents_case_id ON documents (case_id, template_id, version);
`;
