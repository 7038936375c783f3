import type { WireMutation } from '../../shared/sync/protocol';
import type { Queryable } from '../db/types';
import { tokenHash, validDeviceSql, type DeviceAuth } from './device-auth';
import { scopeSettings } from './device-scope';
import type { DbRow } from './rows';
import { OFFICES_JSON, type ClientScope, type StoredOffice } from './scope';

/*
 * The first statement of a push transaction (push-one.ts): it locks the device's sync_clients row (its pushes
 * never interleave) and reads what the scope is made of, enters the scope the device's last push ran under when
 * there is a guess (scope-guess.ts), and — for the request's first transaction — checks the bearer token
 * (device-auth.ts), all in one statement. Before this, every push paid a statement of its own for the token
 * check, waiting for one of the two pool connections the push slots leave (docs/sync.md, benchmarks, eighth
 * pass).
 */

/** A bearer token the push's first statement checks, at the request's `now`. */
export type TokenCheck = { token: string; now: Date };

/**
 * Who a push request is from. `clientId` is the device it claims to be (the body's). `who` starts as the token
 * when the route left the check to the push, and becomes the device the first statement verified: the later
 * transactions of the request use that and do not check again (the check is per request, as for every route).
 */
export type Caller = { clientId: string; who: DeviceAuth | TokenCheck };

/** A push refused for its token (401) or for claiming another device than the token's (409). */
export class PushRefused extends Error {
  constructor(readonly code: 'unauthenticated' | 'client_mismatch') {
    super(code);
  }
}

/** The device's row, locked; undefined when the row is missing. `author`: the staff row of the mutation's author. */
export type LockedClient = {
  lastMutationId: number;
  staffId: string;
  officeId: string;
  offices: StoredOffice[];
  author: DbRow | null;
};

type LockRow = {
  auth_client?: string | null;
  auth_staff?: string | null;
  last_mutation_id: string | null;
  staff_id: string;
  office_id: string;
  offices: StoredOffice[];
  author: DbRow | null;
};

/**
 * Sends the first statement and returns its answer as a promise, not awaited, so the caller can send more in the
 * same round trip (pg.ts). It rejects with `PushRefused` when the token does not check out, and sets
 * `caller.who` to the verified device when it does.
 *
 * With a token, the statement's one-row subquery `g` holds the token's device (or nulls); the device's row is
 * locked and read only when that device is the one the body names, so a refused request locks and reads
 * nothing of any device. Under a scope guess, `g` also makes the scope's settings (they are made even when the
 * row is missing: the row's read depends on them), but names the guessed offices only when the token checked
 * out: statements sent after this one without awaiting it (the pushed rows' read) then run under the device's
 * role over no office, and see and lock nothing. The statement itself was planned and permission-checked as the
 * connecting user, before its settings changed the role, so it reads devices and the device's row as before.
 */
export function sendLock(
  q: Queryable,
  caller: Caller,
  m: WireMutation,
  guess: ClientScope | undefined,
): Promise<{ auth: DeviceAuth; client: LockedClient | undefined }> {
  const who = caller.who;
  const token = 'token' in who ? who : undefined;
  const values: unknown[] = [caller.clientId, m.userId];
  if (token !== undefined) values.push(tokenHash(token.token), token.now.toISOString());
  const ok = token === undefined ? null : 'a.client_id = $1';
  const settings = guess === undefined ? null : scopeSettings(guess, values.length + 1, ok);
  if (settings !== null) values.push(...settings.values);
  const g = [
    ...(token === undefined ? [] : ['a.client_id AS auth_client, a.staff_id AS auth_staff']),
    ...(settings === null ? [] : [settings.sql]),
  ];
  const onlyIf = [
    ...(token === undefined ? [] : ['g.auth_client = $1']),
    ...(settings === null ? [] : ['g.scope_role IS NOT NULL']),
  ];
  const from =
    token === undefined ? '' : ` FROM (VALUES (1)) one LEFT JOIN (${validDeviceSql('$3', '$4')}) a ON true`;
  const sql =
    g.length === 0
      ? lockSql('')
      : `SELECT ${token === undefined ? '' : 'g.auth_client, g.auth_staff, '}c.*
         FROM (SELECT ${g.join(', ')}${from}) g
         LEFT JOIN LATERAL (${lockSql(onlyIf.map((c) => ` AND ${c}`).join(''))}) c ON true`;
  return q.query<LockRow>(sql, values, { prepare: true }).then(({ rows: [r] }) => {
    let auth: DeviceAuth;
    if (!('token' in who)) auth = who;
    else {
      if (r?.auth_client == null || r.auth_staff == null) throw new PushRefused('unauthenticated');
      if (r.auth_client !== caller.clientId) throw new PushRefused('client_mismatch');
      auth = { clientId: r.auth_client, staffId: r.auth_staff };
      caller.who = auth;
    }
    // With `g`, a missing row reads as one row of nulls (the LEFT JOIN).
    const client =
      r === undefined || r.last_mutation_id === null
        ? undefined
        : {
            lastMutationId: Number(r.last_mutation_id),
            staffId: r.staff_id,
            officeId: r.office_id,
            offices: r.offices,
            author: r.author,
          };
    return { auth, client };
  });
}

/** The device's row, locked, its offices and the author's staff row; `onlyIf`: conditions on `g` above. */
const lockSql = (onlyIf: string) => `SELECT last_mutation_id, staff_id, office_id, ${OFFICES_JSON} AS offices,
       (SELECT to_jsonb(s) FROM entity_rows s WHERE s.entity = 'staff' AND s.id = $2) AS author
       FROM sync_clients WHERE client_id = $1${onlyIf} FOR UPDATE OF sync_clients`;
