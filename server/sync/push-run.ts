import type { WireMutation } from '../../shared/sync/protocol';
import type { Queryable, ServerDb } from '../db/types';
import { RefusedByPolicy } from './push-apply';
import type { PushGate } from './push-gate';
import { pushNext, pushOne, type Device, type One } from './push-one';
import type { DeviceAuth } from './device-auth';
import { PushRefused, type Caller } from './push-lock';
import type { ClientScope } from './scope';

/*
 * The transactions of one push request (push.ts): a run of consecutive mutations either each in its own
 * transaction (`pushEach`, the path every mutation took before group commit) or all in one (`pushGroup`).
 */

/**
 * What a push request's transactions share. `caller`: the device, or its token until the request's first
 * transaction has checked it (push-lock.ts); the transactions after that use the device it established.
 */
export type PushRun = {
  db: ServerDb;
  caller: Caller;
  gate: PushGate;
  urgent: boolean;
  guesses: Map<string, ClientScope>;
  onCommitted?: ((officeIds: readonly string[]) => void) | undefined;
};

type Done = Extract<One, { kind: 'done' }>;
type Stop = Exclude<One, { kind: 'done' }>;

/**
 * The committed mutations of a run, in order, and what stopped it (a gap, or a file not yet uploaded). A group
 * may also end early without a stop, to let a short push have its slot: the rest of its mutations then go on in
 * the next group.
 */
export type Ran = { done: Done[]; stop?: Stop };

/**
 * Mutations in one transaction at most. Fewer transactions mean fewer statements a mutation (BEGIN, the device
 * row's lock, COMMIT) and fewer WAL flushes; but a group holds its push slot (push-gate.ts), its row locks and
 * the feed watermark (seq.ts) until it commits, so an edit waiting for a slot, or a pull, waits for a whole group.
 */
export const GROUP_SIZE = 10;

/** Each mutation in its own transaction, in order, up to the first that stops the run. */
export async function pushEach(run: PushRun, ms: readonly WireMutation[]): Promise<Ran> {
  const done: Done[] = [];
  for (const m of ms) {
    const once = (refused: boolean) =>
      run.gate.run(run.urgent, () =>
        run.db.tx((q) => pushOne(q, run.caller, m, { refused, guesses: run.guesses, commit: true })),
      );
    // A write the row-level security policies refused rolled its whole transaction back; a new one records the
    // refusal as the mutation's outcome (a savepoint around every push's writes cost a round trip each). The
    // first attempt had checked the token (its lock came before any write), so the retry does not.
    const r = await once(false).catch((e: unknown) => {
      if (e instanceof RefusedByPolicy) return once(true);
      throw e;
    });
    if (r.kind !== 'done') return { done, stop: r };
    done.push(r);
    committed(run, [r]);
  }
  return { done };
}

/**
 * The mutations in one transaction (group commit), up to the first that stops the run; what came before it
 * commits. Their outcomes count only once that transaction has committed. When anything in it fails — a write
 * the row-level security policies refused, a deadlock between two groups' row locks (each group takes its
 * mutations' locks in turn, not all in one key order), anything else — the whole group is rolled back and run
 * again one mutation per transaction, where each failure is handled, or thrown, as it always was. So grouping
 * never changes an outcome, only how many commits it takes. A refused token is not such a failure: nothing ran,
 * and the request is refused (push.ts).
 */
export async function pushGroup(run: PushRun, ms: readonly WireMutation[]): Promise<Ran> {
  let ran: Ran;
  try {
    ran = await run.gate.run(run.urgent, () => run.db.tx((q) => groupTx(q, run, ms)));
  } catch (e) {
    if (e instanceof PushRefused) throw e;
    return pushEach(run, ms);
  }
  committed(run, ran.done);
  return ran;
}

async function groupTx(q: Queryable, run: PushRun, ms: readonly WireMutation[]): Promise<Ran> {
  const done: Done[] = [];
  let at: { device: Device; lmid: number } | undefined;
  for (const [i, m] of ms.entries()) {
    // A short push waits for a slot: commit what this group has done and give the slot back (push-gate.ts).
    if (at !== undefined && !run.urgent && run.gate.urgentWaiting()) return { done };
    // Only the group's last statement takes COMMIT with it; when a gap or a wait stops the group early, the
    // transaction commits after it (pg.ts `tx`).
    const commit = i === ms.length - 1;
    // The first mutation locks the device's row and enters its scope as a lone one does; the others run under
    // that lock, their last_mutation_id known from the mutation before.
    const r =
      at === undefined
        ? await pushOne(q, run.caller, m, { refused: false, guesses: run.guesses, commit })
        : await pushNext(q, verified(run.caller), m, { ...at, commit });
    if (r.kind !== 'done') return { done, stop: r };
    done.push(r);
    at = { device: r.device, lmid: r.lastMutationId };
  }
  return { done };
}

/** The device a caller was verified as; only after its first mutation's lock, which checks it. */
function verified(caller: Caller): DeviceAuth {
  if ('token' in caller.who) throw new Error('a push went on before its token was checked');
  return caller.who;
}

/** The SSE pokes, after COMMIT: a device told to pull before it must not find the rows missing. */
function committed(run: PushRun, done: readonly Done[]): void {
  for (const r of done) if (r.offices.length > 0) run.onCommitted?.(r.offices);
}
