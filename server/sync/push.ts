import type { MutationOutcome, PushRequest, PushResponse, SyncRefusal } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import { authenticateToken, UNAUTHENTICATED_MESSAGE, type DeviceAuth } from './device-auth';
import { PushRefused, type TokenCheck } from './push-lock';
import { pushGateOf, URGENT_PUSH } from './push-gate';
import { GROUP_SIZE, pushEach, pushGroup, type PushRun, type Ran } from './push-run';
import { scopeGuessesOf } from './scope-guess';

export type { DeviceAuth } from './device-auth';
export type { TokenCheck } from './push-lock';

/**
 * Push (issue 11 item 3): the mutations in client order, idempotent by the client's `last_mutation_id` (locked
 * for each transaction, so two requests of one client never interleave). Every mutation ends in exactly one
 * stored outcome — applied, applied_with_conflict, or rejected with a reason — and the id advances past a
 * rejection too, so a permanent rejection never blocks the queue. A resent mutation gets its stored outcome back
 * unchanged. A mutation referencing a file the server does not hold complete is the one transient case: it gets
 * no outcome and the batch stops there, to be sent again once the file is uploaded.
 *
 * A lone mutation has its own transaction. A batch is committed in groups of up to GROUP_SIZE consecutive
 * mutations a transaction (push-run.ts, docs/sync.md §2.5): the statements a mutation costs besides its own work
 * (BEGIN, the device row's lock, COMMIT) were a large part of a catching-up desktop's push. Results are answered
 * only once their transaction has committed.
 *
 * `who`: the device, authenticated already, or — from the route — the request's bearer token, which the push's
 * first transaction checks in the statement that locks the device's row (push-lock.ts): a push no longer pays a
 * statement of its own for it, nor waits for a pool connection outside the push slots to send it (docs/sync.md,
 * benchmarks, eighth pass). A token that does not check out rolls that transaction back with nothing written and
 * the push is `unauthenticated` (401); a valid token of another device than the body's is `client_mismatch`. The
 * refusals keep their order — 401 before 409 before `upgrade_required` — so a push outside the schema window, which
 * never reaches a transaction, has its token checked on its own first, as every request once did.
 */
export async function handlePush(
  db: ServerDb,
  who: DeviceAuth | TokenCheck,
  req: PushRequest,
  onCommitted?: (officeIds: readonly string[]) => void,
): Promise<PushResponse | SyncRefusal> {
  const win = SUPPORTED_DESKTOP_SCHEMA;
  const inWindow = req.schemaVersion >= win.min && req.schemaVersion <= win.max;
  // Outside the window no transaction runs; with no mutation (the route's schema wants one) none would.
  if ('token' in who && (!inWindow || req.mutations.length === 0)) {
    const auth = await authenticateToken(db, who.token, who.now);
    if (auth === null) return refusal('unauthenticated', UNAUTHENTICATED_MESSAGE);
    who = auth;
  }
  if ('clientId' in who && req.clientId !== who.clientId) return refusal('client_mismatch', MISMATCH_MESSAGE);
  if (!inWindow)
    return {
      ok: false,
      error: {
        code: 'upgrade_required',
        message: '客户端版本过旧，请升级后再同步',
        minSchema: win.min,
        maxSchema: win.max,
      },
    };
  const results: MutationOutcome[] = [];
  let lastMutationId = 0;
  const run: PushRun = {
    db,
    caller: { clientId: req.clientId, who },
    gate: pushGateOf(db),
    guesses: scopeGuessesOf(db),
    urgent: req.mutations.length <= URGENT_PUSH,
    onCommitted,
  };
  for (let i = 0; i < req.mutations.length;) {
    const ms = req.mutations.slice(i, i + GROUP_SIZE);
    let ran: Ran;
    try {
      ran = ms.length > 1 ? await pushGroup(run, ms) : await pushEach(run, ms);
    } catch (e) {
      // Only the request's first transaction checks the token, so nothing has been answered yet.
      if (e instanceof PushRefused)
        return e.code === 'unauthenticated'
          ? refusal('unauthenticated', UNAUTHENTICATED_MESSAGE)
          : refusal('client_mismatch', MISMATCH_MESSAGE);
      throw e;
    }
    // A group that ended early has done at least its first mutation (push-run.ts), so this always moves on.
    if (ran.done.length === 0 && ran.stop === undefined) throw new Error('a push group did nothing');
    i += ran.done.length;
    for (const r of ran.done) results.push(r.outcome);
    if (ran.done.length > 0) lastMutationId = ran.done[ran.done.length - 1]?.lastMutationId ?? lastMutationId;
    const stop = ran.stop;
    if (stop === undefined) continue;
    // A gap before anything was answered: the device resends from where the server is (sync §2.5).
    if (stop.kind === 'gap' && results.length === 0)
      return {
        ok: false,
        error: { code: 'out_of_order', message: '同步顺序不连续', expectedNext: stop.expectedNext },
      };
    // A file a mutation references is not on the server yet: no outcome, the id stays, the rest waits.
    break;
  }
  return { results, lastMutationId };
}

const MISMATCH_MESSAGE = '设备标识与登录凭证不符';

const refusal = (code: 'client_mismatch' | 'unauthenticated', message: string): SyncRefusal => ({
  ok: false,
  error: { code, message },
});
