import type { ServerDb } from '../db/types';
import { enterDeviceScope } from '../sync/device-scope';
import { loadClientScope } from '../sync/scope';

/** The blob a row references, as the expression index of migration 0004 computes it (shared/sync/blob-refs.ts). */
const REF = `CASE entity WHEN 'document' THEN data->>'blobSha256' ELSE data->'payload'->'evidenceFile'->>'sha256' END`;

/**
 * Whether a device may download a blob: some row it can read references the file (sync §2.11, asked on every
 * request, never cached — a revoked grant or a moved case takes effect at once). Knowing a hash is not enough;
 * the reference must be in the device's scope. The query runs inside the device's scope (row-level security,
 * migration 0002) and filters by its offices itself too, as pull.ts does, so either layer alone refuses.
 */
export async function mayDownload(db: ServerDb, clientId: string, sha256: string): Promise<boolean> {
  return db.tx(async (q) => {
    const scope = await loadClientScope(q, clientId);
    if (scope === null) return false;
    await enterDeviceScope(q, scope);
    const r = await q.query<{ ok: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM entity_rows
         WHERE entity IN ('document', 'event') AND data IS NOT NULL AND ${REF} = $2
           AND (office_id = ANY($1::text[])
             OR (case_id IS NOT NULL AND case_id IN
                 (SELECT g.case_id FROM case_grants g WHERE g.office_id = ANY($1::text[]))))
       ) AS ok`,
      [scope.writeOffices, sha256],
    );
    return r.rows[0]?.ok === true;
  });
}
