import type { MutationOutcome, PushRequest, PushResponse, SyncRefusal } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../db/types';
import type { DeviceAuth } from './push-one';
import { pushGateOf, URGENT_PUSH } from './push-gate';
import { GROUP_SIZE, pushEach, pushGroup, type PushRun } from './push-run';
import { scopeGuessesOf } from './scope-guess';

export type { DeviceAuth } from './push-one';

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
 */
export async function handlePush(
  db: ServerDb,
  auth: DeviceAuth,
  req: PushRequest,
  onCommitted?: (officeIds: readonly string[]) => void,
): Promise<PushResponse | SyncRefusal> {
  if (req.clientId !== auth.clientId) return refusal('client_mismatch', '设备标识与登录凭证不符');
  const win = SUPPORTED_DESKTOP_SCHEMA;
  if (req.schemaVersion < win.min || req.schemaVersion > win.max)
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
    auth,
    gate: pushGateOf(db),
    guesses: scopeGuessesOf(db),
    urgent: req.mutations.length <= URGENT_PUSH,
    onCommitted,
  };
  for (let i = 0; i < req.mutations.length;) {
    const ms = req.mutations.slice(i, i + GROUP_SIZE);
    const ran = ms.length > 1 ? await pushGroup(run, ms) : await pushEach(run, ms);
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

const refusal = (code: 'client_mismatch' | 'unauthenticated', message: string): SyncRefusal => ({
  ok: false,
  error: { code, message },
});
