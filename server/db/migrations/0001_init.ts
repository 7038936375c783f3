/**
 * The server's tables (docs/sync.md §2.4): the change feed and the current rows it produces, the seq counter
 * whose row lock orders commits, the clients and their devices, recorded mutation outcomes, conflicts, the
 * hash-chained audit log, official case-number counters, case grants across offices, per-office checksums and
 * content-addressed blobs. Entity rows are JSON (camelCase fields, shared/sync/entities.ts), so a new synced
 * field needs no server migration.
 */
export const up = `
CREATE TABLE server_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
-- Stable for the life of this database: a desktop refuses to sync with a server other than the one it enrolled with.
INSERT INTO server_meta (key, value) VALUES ('server_id', gen_random_uuid()::text);

CREATE TABLE sync_counter (
  id int PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL
);
INSERT INTO sync_counter (id, seq) VALUES (1, 0);

CREATE TABLE change_log (
  seq bigint PRIMARY KEY,
  tx_last boolean NOT NULL,
  entity text NOT NULL,
  id text NOT NULL,
  office_id text NOT NULL,
  case_id text,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  data jsonb,
  row_seq bigint NOT NULL,
  field_seqs jsonb NOT NULL,
  deleted jsonb,
  client_id text,
  mutation_id bigint
);
CREATE INDEX change_log_office_seq ON change_log (office_id, seq);
CREATE INDEX change_log_case_seq ON change_log (case_id, seq) WHERE case_id IS NOT NULL;
CREATE INDEX change_log_row ON change_log (entity, id, seq);

CREATE TABLE entity_rows (
  entity text,
  id text,
  office_id text NOT NULL,
  case_id text,
  data jsonb,
  row_seq bigint NOT NULL,
  field_seqs jsonb NOT NULL DEFAULT '{}',
  deleted jsonb,
  PRIMARY KEY (entity, id)
);
CREATE INDEX entity_rows_office_entity ON entity_rows (office_id, entity);
CREATE INDEX entity_rows_case ON entity_rows (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE sync_clients (
  client_id text PRIMARY KEY,
  staff_id text NOT NULL,
  office_id text NOT NULL,
  last_mutation_id bigint NOT NULL DEFAULT 0,
  schema_version int,
  app_version text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz
);
CREATE INDEX sync_clients_staff ON sync_clients (staff_id);

CREATE TABLE devices (
  token_hash text PRIMARY KEY,
  client_id text NOT NULL REFERENCES sync_clients,
  staff_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX devices_client ON devices (client_id);
CREATE INDEX devices_staff ON devices (staff_id);

CREATE TABLE mutation_outcomes (
  client_id text,
  mutation_id bigint,
  name text NOT NULL,
  outcome text NOT NULL,
  seq bigint,
  code text,
  reason text,
  conflicts jsonb,
  args jsonb,
  author_id text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, mutation_id)
);
CREATE INDEX mutation_outcomes_rejected ON mutation_outcomes (author_id, at) WHERE outcome = 'rejected';

CREATE TABLE conflicts (
  id bigserial PRIMARY KEY,
  entity text,
  row_id text,
  field text,
  case_id text,
  office_id text,
  server_value jsonb,
  client_value jsonb,
  server_seq bigint,
  client_id text,
  mutation_id bigint,
  created_at timestamptz DEFAULT now(),
  resolved_at timestamptz,
  resolved_by text,
  resolution jsonb
);
CREATE INDEX conflicts_open_case ON conflicts (case_id) WHERE resolved_at IS NULL;
CREATE INDEX conflicts_open_office ON conflicts (office_id) WHERE resolved_at IS NULL;
CREATE INDEX conflicts_row ON conflicts (entity, row_id, field);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  office_id text,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  client_id text,
  mutation_id bigint,
  action text NOT NULL,
  detail jsonb,
  prev_hash text,
  hash text NOT NULL
);
CREATE INDEX audit_log_office_id ON audit_log (office_id, id);

CREATE TABLE case_number_counters (
  committee_id text,
  year int,
  next int NOT NULL,
  PRIMARY KEY (committee_id, year)
);

CREATE TABLE case_grants (
  case_id text,
  office_id text,
  PRIMARY KEY (case_id, office_id)
);
CREATE INDEX case_grants_office ON case_grants (office_id);

CREATE TABLE office_checksums (
  office_id text PRIMARY KEY,
  sum bigint NOT NULL DEFAULT 0
);

CREATE TABLE blobs (
  sha256 text PRIMARY KEY,
  size bigint NOT NULL,
  complete boolean NOT NULL DEFAULT false,
  data bytea,
  created_at timestamptz DEFAULT now()
);
`;
