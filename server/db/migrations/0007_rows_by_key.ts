/**
 * A push's reads of its rows by key, as index lookups whatever the planner estimates (issue 12 item 7: the
 * one-client push rate fell from about 50 to 17 registrations a second over the first few thousand cases).
 *
 * `sync_take_rows` (migration 0006) joined `entity_rows` to the keys from `jsonb_to_recordset`, which the planner
 * always counts as 100 rows. Under row-level security each index probe of `entity_rows` is charged the policy's
 * hashed subplan as well (about 14 cost units, against 8 for the probe), so 100 probes looked dearer than reading
 * every row of the device's offices and hashing them, and that is what it did: a push read all its office's rows
 * twice (here and in the row cache, server/sync/row-cache.ts), 10–30 ms a push at 5,000–18,000 rows and growing.
 * Now each key is looked up through a LATERAL subquery with its own `FOR UPDATE`: such a subquery cannot be
 * flattened into a join, so it runs once per key on the primary key. The keys are sorted first (entity, id, in
 * the database's collation, as the old `ORDER BY` was), so the rows are still locked in one order by everyone.
 *
 * The same slope, steeper, was in 受理: the check that a new official number is not carried by an imported case
 * read every case visible to the device (136 ms at 5,000 rows). `data->>'officialNo'` is not leakproof, so under
 * row-level security no index on it may be used before the policy has filtered the rows. The check now runs as
 * the tables' owner (`sync_official_no_taken`, SECURITY DEFINER) on an expression index, and over every case,
 * not only those the device can see: an official number names one case in the whole database (soak invariant I9).
 */
export const up = `
CREATE OR REPLACE FUNCTION sync_take_rows(lock_keys text[], keys jsonb, n bigint) RETURNS jsonb LANGUAGE plpgsql
  SET search_path = pg_catalog, public AS $$
DECLARE
  cur jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('entity_rows'), hashtext(k)) FROM unnest(lock_keys) AS k;
  SELECT coalesce(jsonb_agg(jsonb_build_object('entity', x.entity, 'id', x.id, 'office_id', x.office_id,
      'row_seq', x.row_seq, 'field_seqs', x.field_seqs, 'deleted', x.deleted)), '[]'::jsonb)
    INTO cur
    FROM (SELECT k.entity, k.id FROM jsonb_to_recordset(keys) AS k(entity text, id text)
          ORDER BY k.entity, k.id) k
    CROSS JOIN LATERAL (SELECT e.entity, e.id, e.office_id, e.row_seq, e.field_seqs, e.deleted
          FROM entity_rows e WHERE e.entity = k.entity AND e.id = k.id FOR UPDATE) x;
  RETURN jsonb_build_object('first', sync_allocate(n), 'rows', cur);
END
$$;

CREATE INDEX entity_rows_official_no ON entity_rows ((data->>'officialNo')) WHERE entity = 'case';
CREATE FUNCTION sync_official_no_taken(no text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
  SELECT EXISTS (SELECT 1 FROM entity_rows WHERE entity = 'case' AND data->>'officialNo' = no)
$$;
REVOKE ALL ON FUNCTION sync_official_no_taken(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_official_no_taken(text) TO ldcs_device;
`;
