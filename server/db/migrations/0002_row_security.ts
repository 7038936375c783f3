/**
 * Row-level security as defence in depth (issue 11 item 6, docs/sync.md "Server: what is built"). The
 * application already checks every push and filters every pull by the device's offices; these policies make
 * the database refuse the same things on its own, so a bug in those checks cannot leak or write across offices.
 *
 * How it is keyed: a device request's transaction switches to the role `ldcs_device` (`SET LOCAL ROLE`, see
 * server/sync/device-scope.ts) after it has set, transaction-locally, `app.client_id`, `app.write_offices` and
 * `app.read_offices` (comma lists) and, for a station's 调解不成转仲裁 only, `app.transfer_case`. A role rather
 * than FORCE ROW LEVEL SECURITY because superusers always bypass RLS, and both the tests' PostgreSQL user and
 * PGlite's only user are superusers: a non-superuser, non-owner role is the one thing RLS holds on everywhere.
 * The server's own maintenance (migrations, create-admin, enrolment, token checks, test seeds) stays on the
 * connecting user, the tables' owner, which RLS does not restrict.
 *
 * Unset settings mean empty lists: a transaction that switched role without naming its offices sees nothing.
 * ldcs_device gets only the privileges a request needs: no UPDATE or DELETE on change_log, audit_log or
 * outcomes (append-only), nothing at all on devices, server_meta or blobs.
 */
export const up = `
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ldcs_device') THEN
    BEGIN
      CREATE ROLE ldcs_device NOLOGIN NOSUPERUSER NOBYPASSRLS;
    EXCEPTION
      -- Roles are shared by the whole cluster: another database's migration may create it at the same moment.
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION '数据库账号 % 无权创建角色 ldcs_device：请由数据库管理员执行 CREATE ROLE ldcs_device NOLOGIN; GRANT ldcs_device TO %; 后再启动服务器 / cannot create role ldcs_device', current_user, current_user;
    END;
  END IF;
  -- The connecting user must be allowed to SET ROLE to it (a superuser always is).
  IF NOT pg_has_role(current_user, 'ldcs_device', 'MEMBER') THEN
    EXECUTE format('GRANT ldcs_device TO %I', current_user);
  END IF;
END
$$;

CREATE FUNCTION app_offices(setting text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting(setting, true), ''), ','), '{}'::text[])
$$;

-- Where the transaction holding change_log row seq >= after ends. A pull page is extended to a transaction
-- boundary; the row marking it may belong to an office the device cannot see, and only its seq is returned.
CREATE FUNCTION sync_tx_end(after bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
  SELECT min(seq) FROM change_log WHERE seq >= after AND tx_last
$$;

GRANT USAGE ON SCHEMA public TO ldcs_device;
GRANT SELECT, INSERT, UPDATE, DELETE ON entity_rows TO ldcs_device;
GRANT SELECT, INSERT ON change_log, mutation_outcomes, case_grants, conflicts, audit_log TO ldcs_device;
GRANT SELECT, UPDATE ON sync_clients, sync_counter TO ldcs_device;
GRANT SELECT, INSERT, UPDATE ON case_number_counters, office_checksums TO ldcs_device;
GRANT USAGE ON SEQUENCE conflicts_id_seq, audit_log_id_seq TO ldcs_device;

ALTER TABLE entity_rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE mutation_outcomes ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_number_counters ENABLE ROW LEVEL SECURITY;

-- Readable: rows of the device's offices, rows of cases granted to them, and office, setting and staff rows of
-- the offices above (pull.ts VISIBLE says the same).
CREATE POLICY rows_read ON entity_rows FOR SELECT USING (
  office_id = ANY (app_offices('app.write_offices'))
  OR (case_id IS NOT NULL AND case_id IN (SELECT g.case_id FROM case_grants g WHERE g.office_id = ANY (app_offices('app.write_offices'))))
  OR (case_id IS NULL AND entity IN ('office', 'setting', 'staff') AND office_id = ANY (app_offices('app.read_offices')))
);
-- New rows: the device's offices, or the one case a station's transfer creates in an office above it.
CREATE POLICY rows_insert ON entity_rows FOR INSERT WITH CHECK (
  office_id = ANY (app_offices('app.write_offices'))
  OR (case_id = nullif(current_setting('app.transfer_case', true), '') AND office_id = ANY (app_offices('app.read_offices')))
);
CREATE POLICY rows_update ON entity_rows FOR UPDATE
  USING (office_id = ANY (app_offices('app.write_offices')))
  WITH CHECK (office_id = ANY (app_offices('app.write_offices')));
CREATE POLICY rows_delete ON entity_rows FOR DELETE USING (office_id = ANY (app_offices('app.write_offices')));

CREATE POLICY log_read ON change_log FOR SELECT USING (
  office_id = ANY (app_offices('app.write_offices'))
  OR (case_id IS NOT NULL AND case_id IN (SELECT g.case_id FROM case_grants g WHERE g.office_id = ANY (app_offices('app.write_offices'))))
  OR (case_id IS NULL AND entity IN ('office', 'setting', 'staff') AND office_id = ANY (app_offices('app.read_offices')))
);
CREATE POLICY log_insert ON change_log FOR INSERT WITH CHECK (
  office_id = ANY (app_offices('app.write_offices'))
  OR (case_id = nullif(current_setting('app.transfer_case', true), '') AND office_id = ANY (app_offices('app.read_offices')))
);

CREATE POLICY own_outcomes ON mutation_outcomes
  USING (client_id = current_setting('app.client_id', true))
  WITH CHECK (client_id = current_setting('app.client_id', true));
CREATE POLICY own_client ON sync_clients
  USING (client_id = current_setting('app.client_id', true))
  WITH CHECK (client_id = current_setting('app.client_id', true));

CREATE POLICY grants_read ON case_grants FOR SELECT USING (office_id = ANY (app_offices('app.write_offices')));
CREATE POLICY grants_insert ON case_grants FOR INSERT WITH CHECK (
  office_id = ANY (app_offices('app.write_offices'))
  AND case_id = nullif(current_setting('app.transfer_case', true), '')
);

CREATE POLICY office_conflicts ON conflicts
  USING (office_id = ANY (app_offices('app.write_offices')))
  WITH CHECK (office_id = ANY (app_offices('app.write_offices')));
CREATE POLICY office_audit ON audit_log
  USING (office_id = ANY (app_offices('app.write_offices')))
  WITH CHECK (office_id = ANY (app_offices('app.write_offices')));
CREATE POLICY committee_counters ON case_number_counters
  USING (committee_id = ANY (app_offices('app.write_offices')))
  WITH CHECK (committee_id = ANY (app_offices('app.write_offices')));
`;
