import type { MutationOutcome } from '../../shared/sync/protocol';
import type { Queryable } from '../db/types';

type OutcomeRow = {
  mutation_id: string | number;
  outcome: MutationOutcome['outcome'];
  seq: string | number | null;
  code: string | null;
  reason: string | null;
  conflicts: string[] | null;
};

const COLUMNS = 'mutation_id, outcome, seq, code, reason, conflicts';

/** A stored outcome as the wire carries it, replayed byte for byte to a device that asks again. */
function toOutcome(o: OutcomeRow): MutationOutcome {
  return {
    id: Number(o.mutation_id),
    outcome: o.outcome,
    ...(o.seq !== null ? { seq: Number(o.seq) } : {}),
    ...(o.code !== null ? { code: o.code } : {}),
    ...(o.reason !== null ? { reason: o.reason } : {}),
    ...(o.conflicts && o.conflicts.length > 0 ? { conflicts: o.conflicts } : {}),
  };
}

export async function storedOutcome(q: Queryable, clientId: string, id: number): Promise<MutationOutcome> {
  const r = await q.query<OutcomeRow>(
    `SELECT ${COLUMNS} FROM mutation_outcomes WHERE client_id = $1 AND mutation_id = $2`,
    [clientId, id],
  );
  const o = r.rows[0];
  if (!o) throw new Error(`outcome of ${clientId}/${id} missing`);
  return toOutcome(o);
}

/** The device's outcomes after `after` up to `upTo` (a pull tells the device what became of its entries). */
export async function outcomesBetween(
  q: Queryable,
  clientId: string,
  after: number,
  upTo: number,
): Promise<MutationOutcome[]> {
  const r = await q.query<OutcomeRow>(
    `SELECT ${COLUMNS} FROM mutation_outcomes
     WHERE client_id = $1 AND mutation_id > $2 AND mutation_id <= $3 ORDER BY mutation_id LIMIT 1000`,
    [clientId, after, upTo],
  );
  return r.rows.map(toOutcome);
}
