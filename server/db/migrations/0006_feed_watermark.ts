/**
 * The feed's cursor without a lock held to COMMIT (issue 12 item 7; docs/sync.md §2.4 and "Benchmarks"). Until
 * now every writer took `sync_counter`'s row lock and held it through COMMIT, so commits — each with its own WAL
 * flush — ran one at a time: on this machine a lone committer manages about 265 commits a second, below the
 * 300 mutations/s target whatever else a push does. Three things serialised a push through its COMMIT: that
 * counter, the office's audit-chain lock and the office's checksum row. This migration replaces all three.
 *
 * - **seq** comes from the sequence `sync_feed_seq` through `sync_allocate(n)`: under a session-level advisory
 *   lock held for microseconds it takes a block of n consecutive numbers and registers the block as in flight
 *   (a transaction-level advisory lock keyed by its first seq, released at COMMIT or ROLLBACK — after the
 *   transaction has become visible). `sync_watermark()` takes the same short lock, so no block is half-registered,
 *   and answers the highest seq below every block still in flight: every row at or below it is committed (or
 *   rolled back, a hole nobody will fill). A reader that computes the watermark *before* taking its snapshot and
 *   reads only up to it can never be passed by a row committing later below its cursor. Holes are now possible
 *   (a rolled-back block); nothing needs the feed to be contiguous, only that no row appears below a cursor.
 * - **checksums** are kept as one delta row per transaction and office (`office_checksum_deltas`, keyed by the
 *   transaction's last seq, inserted, never updated), so writers of one office no longer queue on its row; the
 *   checksum at a watermark is `office_checksums.sum` (the deltas folded so far, up to `folded_through`) plus the
 *   deltas above that up to the watermark (server/sync/watermark.ts folds them from time to time).
 * - **audit** entries carry the chain they extend (`chain`): '' is the office's server-side chain (enrolment,
 *   device admin, adoption — still ordered by the office's advisory lock), and a pushed mutation's entry extends
 *   its device's chain in that office, already ordered by the device's `sync_clients` row lock. The index finds a
 *   chain's head.
 *
 * `sync_counter` stays (additive only) but is no longer written; the sequence starts after its value.
 */
export const up = `
CREATE SEQUENCE sync_feed_seq AS bigint MINVALUE 1;
SELECT setval('sync_feed_seq', greatest((SELECT seq FROM sync_counter WHERE id = 1), 1),
  (SELECT seq FROM sync_counter WHERE id = 1) > 0);

-- 7110010000 is the allocation lock's key (a bigint key outside hashtext's int4 range); in-flight blocks are
-- keyed 2^48 + their first seq: the high word (classid in pg_locks) is 65536 until seq reaches 2^48, and no
-- other key of this server has it (hashtext keys are int4, negative ones have the high word 4294967295).
CREATE FUNCTION sync_allocate(n bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
DECLARE
  first bigint;
BEGIN
  IF n IS NULL OR n < 1 THEN
    RAISE EXCEPTION 'sync_allocate: n must be a positive integer, got %', n;
  END IF;
  PERFORM pg_advisory_lock(7110010000);
  BEGIN
    first := nextval('sync_feed_seq');
    IF n > 1 THEN
      PERFORM setval('sync_feed_seq', first + n - 1);
    END IF;
    PERFORM pg_advisory_xact_lock(281474976710656 + first);
  EXCEPTION WHEN OTHERS THEN
    -- A session lock survives an error: give it back before the error leaves.
    PERFORM pg_advisory_unlock(7110010000);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(7110010000);
  RETURN first;
END
$$;

CREATE FUNCTION sync_watermark() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $$
DECLARE
  head bigint;
  lowest bigint;
BEGIN
  PERFORM pg_advisory_lock(7110010000);
  BEGIN
    SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO head FROM sync_feed_seq;
    SELECT min(((l.classid::bigint << 32) | l.objid::bigint) - 281474976710656) INTO lowest
      FROM pg_locks l
      WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
        AND l.database = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
        AND l.classid::bigint BETWEEN 65536 AND 131071;
  EXCEPTION WHEN OTHERS THEN
    PERFORM pg_advisory_unlock(7110010000);
    RAISE;
  END;
  PERFORM pg_advisory_unlock(7110010000);
  RETURN least(head, coalesce(lowest - 1, head));
END
$$;

-- A transaction's rows as its last step before writing them (server/sync/seq.ts): the locks on their keys, taken
-- in the order given (sorted, so two writers cannot deadlock), the rows as they are once those locks are held
-- (locked), and the block of seqs — one round trip. In a VOLATILE function under READ COMMITTED each statement
-- takes a new snapshot, so the read sees whatever the locks' previous holders committed.
CREATE FUNCTION sync_take_rows(lock_keys text[], keys jsonb, n bigint) RETURNS jsonb LANGUAGE plpgsql
  SET search_path = pg_catalog, public AS $$
DECLARE
  cur jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('entity_rows'), hashtext(k)) FROM unnest(lock_keys) AS k;
  SELECT coalesce(jsonb_agg(jsonb_build_object('entity', x.entity, 'id', x.id, 'office_id', x.office_id,
      'row_seq', x.row_seq, 'field_seqs', x.field_seqs, 'deleted', x.deleted)), '[]'::jsonb)
    INTO cur
    FROM (SELECT e.entity, e.id, e.office_id, e.row_seq, e.field_seqs, e.deleted
          FROM entity_rows e JOIN jsonb_to_recordset(keys) AS k(entity text, id text)
            ON e.entity = k.entity AND e.id = k.id
          ORDER BY e.entity, e.id FOR UPDATE OF e) x;
  RETURN jsonb_build_object('first', sync_allocate(n), 'rows', cur);
END
$$;

CREATE TABLE office_checksum_deltas (
  office_id text NOT NULL,
  seq bigint NOT NULL,
  d bigint NOT NULL,
  PRIMARY KEY (office_id, seq)
);
ALTER TABLE office_checksums ADD COLUMN folded_through bigint NOT NULL DEFAULT 0;
UPDATE office_checksums SET folded_through = (SELECT seq FROM sync_counter WHERE id = 1);

ALTER TABLE audit_log ADD COLUMN chain text NOT NULL DEFAULT '';
CREATE INDEX audit_log_chain_head ON audit_log (office_id, chain, id);

REVOKE UPDATE ON sync_counter FROM ldcs_device;
GRANT SELECT, INSERT ON office_checksum_deltas TO ldcs_device;
REVOKE ALL ON FUNCTION sync_allocate(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_allocate(bigint) TO ldcs_device;
`;
