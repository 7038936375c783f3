/**
 * Evidence files (issue 12 item 2, docs/sync.md §2.11): resumable, content-addressed uploads.
 *
 * Bytes live in `blob_chunks`, one row per confirmed chunk (1–4 MiB), not in one growing bytea: appending to a
 * bytea rewrites the whole value each time (a 50 MB file sent in 4 MiB chunks would write ~350 MB), and both
 * the final SHA-256 check and a download then read one chunk at a time, so the server never holds a whole
 * file as one buffer. `blobs.received` is the confirmed offset a resumed upload continues from; `complete` is
 * set only after the hash and size were verified, and nothing serves a blob before that.
 *
 * STORAGE EXTERNAL: attachments are already compressed (docx, jpeg, pdf), so PostgreSQL should not try again.
 *
 * The device role may read whether a blob is complete (the push's re-plan asks, under row-level security); it
 * gets no access to the bytes, which the blob routes read as the owner after their own access check.
 *
 * The expression index finds the rows that reference a blob (a document's file, an event's 凭证附件), which is
 * what a download's access check asks on every request (server/blobs/blob-access.ts).
 */
export const up = `
ALTER TABLE blobs ADD COLUMN received bigint NOT NULL DEFAULT 0;
ALTER TABLE blobs ADD COLUMN verified_at timestamptz;

CREATE TABLE blob_chunks (
  sha256 text NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
  start bigint NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (sha256, start)
);
ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

GRANT SELECT (sha256, size, complete) ON blobs TO ldcs_device;

CREATE INDEX entity_rows_blob_ref ON entity_rows ((
  CASE entity WHEN 'document' THEN data->>'blobSha256' ELSE data->'payload'->'evidenceFile'->>'sha256' END
)) WHERE entity IN ('document', 'event');
`;
