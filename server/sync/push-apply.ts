import type { MutationOutcome, WireMutation } from '../../shared/sync/protocol';
import type { Queryable } from '../db/types';
import { checkMutation, type Checked } from './check-mutation';
import { conflictRowWrites } from './conflict-records';
import { allowNewOffices, allowTransferCase, isRlsRefusal } from './device-scope';
import type { TailWrite } from './final-statement';
import { assignOfficialNumber } from './official-number';
import { commitRows, type RowWrite } from './rows';
import type { ClientScope } from './scope';

/*
 * What a pushed mutation does once its device row is locked and its scope entered (push.ts): the server's checks,
 * then its writes, ending in the transaction's last statement.
 */

/** A write of the mutation refused by the row-level security policies (its transaction is rolled back). */
export class RefusedByPolicy extends Error {}

/** `written`: the outcome's own writes went out with the rows; otherwise the caller writes them. */
export type Applied = { outcome: MutationOutcome; offices: string[]; written: boolean };
export type Finish = (outcome: MutationOutcome) => TailWrite[];

/**
 * The checks, then the writes. A write the row-level security policies refuse (a check that let something
 * through it should not have) throws `RefusedByPolicy`: the push records it as a rejection like any other in a
 * new transaction, so the mutation still gets exactly one outcome and the device's queue moves on. `commit`:
 * the mutation is the last of its transaction, so its last statement may take COMMIT with it.
 */
export async function applyOrReject(
  q: Queryable,
  scope: ClientScope,
  m: WireMutation,
  finish: Finish,
  seen: Parameters<typeof checkMutation>[3],
  commit = true,
): Promise<Applied | 'wait'> {
  const checked = await checkMutation(q, scope, m, seen);
  if (!checked.ok && checked.code === 'blob_missing') return 'wait';
  if (!checked.ok)
    return {
      outcome: { id: m.id, outcome: 'rejected', code: checked.code, reason: checked.reason },
      offices: [],
      written: false,
    };
  try {
    return await writeChecked(q, scope, m, checked, finish, commit);
  } catch (e) {
    if (isRlsRefusal(e)) throw new RefusedByPolicy('row-level security refused a write');
    throw e;
  }
}

async function writeChecked(
  q: Queryable,
  scope: ClientScope,
  m: WireMutation,
  checked: Checked,
  finish: Finish,
  commit: boolean,
): Promise<Applied> {
  await numberAcceptedCase(q, m, checked.writes);
  // The grant goes first: the new case in the committee's office is then readable in this transaction too.
  await grantTransferredCase(q, scope, checked.name, checked.writes);
  await admitNewStation(q, scope, checked.name, checked.writes);
  const records = await conflictRowWrites(q, checked.conflicts, m, scope.clientId, new Date().toISOString());
  let outcome = null as MutationOutcome | null;
  await commitRows(
    q,
    [...checked.writes, ...records],
    { clientId: scope.clientId, mutationId: m.id },
    {
      tail: (seqs) => {
        outcome = {
          id: m.id,
          outcome: checked.conflicts.length > 0 ? 'applied_with_conflict' : 'applied',
          ...(seqs.length > 0 ? { seq: seqs[seqs.length - 1] } : {}),
          ...(checked.conflicts.length > 0
            ? { conflicts: checked.conflicts.flatMap((c) => c.fields.map((f) => `${c.entity}.${f.field}`)) }
            : {}),
        };
        return finish(outcome);
      },
      // Only the last mutation of its transaction (push-group.ts) takes COMMIT with its last statement.
      commit,
    },
  );
  if (outcome === null) throw new Error('commitRows did not ask for the final writes');
  return { offices: [...new Set(checked.writes.map((w) => w.officeId))], outcome, written: true };
}

/** 受理 on a desktop leaves the provisional number; the centre gives the official one in the same transaction. */
async function numberAcceptedCase(q: Queryable, m: WireMutation, writes: RowWrite[]): Promise<void> {
  if (m.name !== 'case.performAction') return;
  const a = m.args as { caseId?: string; action?: string; occurredOn?: string };
  if (a.action !== 'arb.accept' || typeof a.caseId !== 'string' || typeof a.occurredOn !== 'string') return;
  const w = writes.find((x) => x.entity === 'case' && x.id === a.caseId);
  if (w) await assignOfficialNumber(q, w, a.occurredOn);
}

/** A committee creating a station (checked by the application) writes that office's first rows. */
async function admitNewStation(
  q: Queryable,
  scope: ClientScope,
  name: string,
  writes: RowWrite[],
): Promise<void> {
  if (name !== 'office.create') return;
  const created = writes
    .filter((w) => w.entity === 'office' && !scope.writeOffices.includes(w.id))
    .map((w) => w.id);
  if (created.length > 0) await allowNewOffices(q, scope, created);
}

/** A station that hands a case to its committee keeps reading it (it sees the 案号 and the outcome). */
async function grantTransferredCase(
  q: Queryable,
  scope: ClientScope,
  name: string,
  writes: RowWrite[],
): Promise<void> {
  if (name !== 'case.transferToArbitration') return;
  for (const w of writes)
    if (w.entity === 'case' && !scope.writeOffices.includes(w.officeId)) {
      await allowTransferCase(q, w.id);
      await q.query('INSERT INTO case_grants (case_id, office_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        w.id,
        scope.officeId,
      ]);
    }
}
