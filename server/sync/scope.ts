import type { Queryable } from '../db/types';

/**
 * Which offices a device may see and write (issue 11 item 6). A device acts for the office of the user it was
 * enrolled by: a station (调解组织) sees and writes its own office; a committee sees and writes itself and every
 * station under it. Reading also reaches up the tree for office, settings and staff rows (a station needs its
 * committee's name, reference data and the names on a case it follows; pull.ts strips those staff rows'
 * password hashes). Cases
 * granted to an office (a transferred case the station follows) are readable through `case_grants`.
 */
export type ClientScope = {
  clientId: string;
  staffId: string;
  officeId: string;
  /** Offices whose rows the device holds in full: its office and, for a committee, its stations. */
  writeOffices: readonly string[];
  /** writeOffices plus their ancestors, for office and setting rows. */
  readOffices: readonly string[];
  /** The committee the device's cases are numbered and transferred under. */
  committeeId: string;
};

type OfficeRow = { id: string; kind: string; parentId: string | null };

export type StoredOffice = {
  id: string;
  /** The office row's own office_id column: what row-level security decides its visibility by. */
  office_id?: string;
  data: { kind?: string; parentId?: string | null };
};

/** Every live office row, as a JSON array: a subquery other statements embed to save a round trip (push.ts). */
export const OFFICES_JSON = `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'office_id', o.office_id,
  'data', o.data)), '[]') FROM entity_rows o WHERE o.entity = 'office' AND o.deleted IS NULL)`;

export const officeMap = (rows: readonly StoredOffice[]): Map<string, OfficeRow> =>
  new Map(
    rows.map((o) => [
      o.id,
      { id: o.id, kind: o.data.kind ?? 'committee', parentId: o.data.parentId ?? null },
    ]),
  );

export async function loadOffices(q: Queryable): Promise<Map<string, OfficeRow>> {
  const r = await q.query<StoredOffice>(
    "SELECT id, data FROM entity_rows WHERE entity = 'office' AND deleted IS NULL",
  );
  return officeMap(r.rows);
}

export function scopeOf(
  offices: ReadonlyMap<string, OfficeRow>,
  who: { clientId: string; staffId: string; officeId: string },
): ClientScope {
  const write = [who.officeId];
  for (const o of offices.values()) if (o.parentId === who.officeId) write.push(o.id);
  const read = new Set(write);
  let up = offices.get(who.officeId)?.parentId ?? null;
  let committeeId = who.officeId;
  while (up !== null && !read.has(up)) {
    read.add(up);
    committeeId = up;
    up = offices.get(up)?.parentId ?? null;
  }
  return { ...who, writeOffices: write, readOffices: [...read], committeeId };
}

export async function loadClientScope(q: Queryable, clientId: string): Promise<ClientScope | null> {
  const c = await q.query<{ staff_id: string; office_id: string }>(
    'SELECT staff_id, office_id FROM sync_clients WHERE client_id = $1',
    [clientId],
  );
  const row = c.rows[0];
  if (!row) return null;
  return scopeOf(await loadOffices(q), { clientId, staffId: row.staff_id, officeId: row.office_id });
}
