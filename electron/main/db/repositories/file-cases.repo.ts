import type { Db } from '../connection';

/**
 * Which cases a stored file belongs to (issue 15 item 5): `attachments:get` hands out any file by its SHA-256,
 * and a file is a case's — a step's 送达凭证 or receipt (`payload.evidenceFile`) or a generated document's bytes —
 * so the dispatcher asks who may see those cases before it reads the file. Voided steps and superseded versions
 * still name their case: the file stays that case's.
 */
export function createFileCasesRepo(db: Db) {
  // instr() first: a cheap byte search that spares parsing the JSON of every event that cannot name the file.
  const owners = db.prepare<{ sha: string }, { case_id: string }>(
    `SELECT d.case_id FROM documents d WHERE d.blob_sha256 = @sha AND d.deleted_at IS NULL
     UNION
     SELECT e.case_id FROM events e
     WHERE instr(e.payload, @sha) > 0 AND json_extract(e.payload, '$.evidenceFile.sha256') = @sha
       AND e.deleted_at IS NULL`,
  );
  return {
    /** The cases whose records name the file; empty for a file no record names (yet). */
    casesNaming: (sha256: string): string[] => owners.all({ sha: sha256 }).map((r) => r.case_id),
  };
}
