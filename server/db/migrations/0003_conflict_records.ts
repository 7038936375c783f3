/**
 * Conflict records become synced rows (issue 12 item 1): the server writes a `conflict` entity row into
 * entity_rows and the feed, in the transaction of the push that conflicted, so every desktop of the office gets
 * it exactly once through the pull and a person resolves it (mutation conflict.resolve). The earlier side table
 * `conflicts` (written, never read or shown) goes.
 *
 * A conflict names who made the kept value, when on their device, and on which device. The outcome row keeps
 * the device time of each mutation; `sync_change_origin` reads it for one change-log row the caller may see —
 * outcomes are otherwise readable only by their own device (policy own_outcomes), and this function returns
 * nothing about a change outside the device's offices.
 */
export const up = `
ALTER TABLE mutation_outcomes ADD COLUMN device_time text;
DROP TABLE conflicts;

CREATE FUNCTION sync_change_origin(s bigint)
  RETURNS TABLE (client_id text, author_id text, device_time text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT c.client_id, o.author_id, o.device_time
    FROM change_log c JOIN mutation_outcomes o ON o.client_id = c.client_id AND o.mutation_id = c.mutation_id
   WHERE c.seq = s AND c.office_id = ANY (app_offices('app.write_offices'))
$$;
GRANT EXECUTE ON FUNCTION sync_change_origin(bigint) TO ldcs_device;
`;
