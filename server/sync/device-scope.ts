import type { Queryable } from '../db/types';
import type { ClientScope } from './scope';

/** The role a device request's transaction runs as; created by migration 0002, bound by its RLS policies. */
export const DEVICE_ROLE = 'ldcs_device';

/** SQLSTATE of a row-level security violation (and of a missing privilege). */
export const RLS_REFUSED = '42501';

const list = (ids: readonly string[]): string => {
  // The policies split the setting on commas; an id holding one would name two offices.
  const bad = ids.find((id) => id.includes(','));
  if (bad !== undefined) throw new Error(`office id ${JSON.stringify(bad)} contains a comma`);
  return ids.join(',');
};

/**
 * Narrows the rest of the transaction to what the device may see and write (issue 11 item 6, defence in depth
 * behind the application's own checks): the device's offices and client id go into transaction-local settings,
 * then `SET LOCAL ROLE` makes the row-level security policies of migration 0002 apply. Call it right after the
 * scope is loaded (that read needs sync_clients and every office row, so it happens before) and before any
 * read or write done for the device. COMMIT or ROLLBACK ends both; nothing carries over to the pooled
 * connection's next transaction.
 *
 * This holds against a wrong query or a missing check in our code, not against arbitrary SQL: code running in
 * the transaction could RESET ROLE. Requests only ever send parameterised statements.
 */
export function enterDeviceScope(q: Queryable, scope: ClientScope): Promise<void> {
  // Not async: a bad office id throws here, before anything is sent, so a caller that sends its next statement
  // without awaiting this one (push.ts) never sends it unscoped. Once sent, its failure aborts the transaction.
  const { sql, values } = scopeSettings(scope, 1);
  return q.query(`SELECT ${sql}`, values, { prepare: true }).then(() => undefined);
}

/**
 * The settings `enterDeviceScope` makes, as a select list whose parameters start at `$first`, for a statement
 * that enters the scope as it does something else (push-lock.ts: with the lock on the device's row, one statement
 * less a push). The role comes last: set_config('role', …, true) is SET LOCAL ROLE. Statements after the one
 * carrying it run under the policies; the carrier itself was planned and permission-checked as it started, so
 * it reads as the user it started as. Throws on a bad office id before anything is sent, like enterDeviceScope.
 * `when`: an SQL condition (the push's token check); where it does not hold, the client id and the offices are
 * set empty, so the statements after it run under the device's role over nothing.
 */
export function scopeSettings(
  scope: ClientScope,
  first: number,
  when: string | null = null,
): { sql: string; values: string[] } {
  const values = [scope.clientId, list(scope.writeOffices), list(scope.readOffices), DEVICE_ROLE];
  const p = (i: number): string =>
    when === null ? `$${first + i}` : `CASE WHEN ${when} THEN $${first + i} ELSE '' END`;
  return {
    sql: `set_config('app.client_id', ${p(0)}, true) AS scope_client, set_config('app.write_offices', ${p(1)}, true)
      AS scope_write, set_config('app.read_offices', ${p(2)}, true) AS scope_read,
      set_config('app.transfer_case', '', true) AS scope_transfer, set_config('role', $${first + 3}, true) AS scope_role`,
    values,
  };
}

/**
 * 调解不成转仲裁: a station may create this one new case (with its parties and claims) in its committee's office
 * and a read grant for it. Set only after the application has checked the transfer; existing rows of the
 * committee stay out of reach (the policies allow INSERT only).
 */
export async function allowTransferCase(q: Queryable, caseId: string): Promise<void> {
  await q.query("SELECT set_config('app.transfer_case', $1, true)", [caseId]);
}

/**
 * A committee's device creating a station: the new office's rows are in the device's write scope for the rest of
 * this transaction (the application has checked that the new office sits under one the device writes).
 */
export async function allowNewOffices(
  q: Queryable,
  scope: ClientScope,
  officeIds: readonly string[],
): Promise<void> {
  await q.query("SELECT set_config('app.write_offices', $1, true)", [
    list([...scope.writeOffices, ...officeIds]),
  ]);
}

export const isRlsRefusal = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === RLS_REFUSED;
