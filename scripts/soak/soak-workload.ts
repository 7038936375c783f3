import type { WireMutation } from '../../shared/sync/protocol';
import type { ServerDb } from '../../server/db/types';
import { U } from '../../server/testing/sync-fixture';
import { acceptMutation, editMutation, uid } from '../../server/testing/wire-builders';
import { currentFacts } from '../../tests/helpers/current-facts';
import type { BenchDesktop } from '../bench/bench-desktop';
import { registration } from '../bench/registration-rows';
import type { WireClient } from '../bench/wire-client';

/**
 * What the soak's clients do until told to stop. A wire client registers cases, accepts (受理) the ones the server
 * applied — the centre gives each its official 案号 — and now and then rewrites the shared "hot" case's 案情摘要
 * from a stale base, so concurrent edits of a narrative field make conflict records; each request goes to the
 * next server in turn, and a failed one is retried (same ids) after a pause. A desktop does the same through the
 * app's runner and its sync loop: registers, accepts, and corrects the hot case's summary from what it last pulled.
 */
export type Workload = { stop(): void; done: Promise<void> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function caseRow(
  db: ServerDb,
  id: string,
): Promise<{ data: Record<string, unknown>; rowSeq: number } | null> {
  const r = await db.query<{ data: Record<string, unknown>; row_seq: string }>(
    "SELECT data, row_seq FROM entity_rows WHERE entity = 'case' AND id = $1",
    [id],
  );
  const row = r.rows[0];
  return row === undefined ? null : { data: row.data, rowSeq: Number(row.row_seq) };
}

/**
 * The builder names a correction's event after the case, the mutation id and the user only; every wire client
 * here is the same user, so two clients' n-th edits would name one event and the second be refused as a
 * duplicate record. The soak wants real conflicts, so each edit's event gets an id of its own client.
 */
function distinctEvent(m: WireMutation, eventId: string): WireMutation {
  const args = { ...(m.args as Record<string, unknown>), correctionEventId: eventId };
  const changes = m.changes.map((c) =>
    c.entity === 'event' && c.row !== undefined ? { ...c, id: eventId, row: { ...c.row, id: eventId } } : c,
  );
  return { ...m, args, changes };
}

export function wireWorkload(
  c: WireClient,
  o: { db: ServerDb; urls: () => readonly string[]; hot: { id: string; baseSeq: number }; pauseMs: number },
): Workload {
  let stopped = false;
  const registered: string[] = [];
  /** Registrations sent, by mutation id: once applied, the case may be accepted. */
  const sent = new Map<number, string>();
  const done = (async () => {
    for (let turn = 0; !stopped; turn++) {
      const op = turn % 7;
      if (op === 6) {
        const hot = await caseRow(o.db, o.hot.id);
        if (hot !== null)
          c.enqueue((id) =>
            distinctEvent(
              editMutation(id, {
                userId: U.admin,
                caseId: o.hot.id,
                entity: 'case',
                field: 'summary',
                base: o.hot.baseSeq,
                row: { ...hot.data, summary: `${c.clientId} 第 ${id} 次改写` },
              }),
              uid(`${c.clientId}-edit-${id}`),
            ),
          );
      } else if (op % 3 === 2 && registered.length > 0) {
        const caseId = registered.shift() ?? '';
        const row = await caseRow(o.db, caseId);
        if (row !== null)
          c.enqueue((id) =>
            acceptMutation(id, {
              userId: U.admin,
              caseRow: row.data,
              caseRowSeq: row.rowSeq,
              eventId: uid(`${caseId}-accept`),
              occurredOn: '2026-11-25',
            }),
          );
      } else {
        c.enqueue((id) => {
          sent.set(id, uid(`${c.clientId}-case-${id}`));
          return registration(c.clientId, id, id);
        });
      }
      const urls = o.urls();
      const r = await c.push(urls[turn % urls.length] ?? '', 5);
      if (r.ok) {
        for (const x of r.results) {
          const caseId = sent.get(x.id);
          if (caseId !== undefined && x.outcome === 'applied') registered.push(caseId);
        }
      } else await sleep(200);
      await sleep(o.pauseMs);
    }
  })();
  return { stop: () => (stopped = true), done };
}

export function desktopWorkload(d: BenchDesktop, hotId: string, pauseMs: number): Workload {
  let stopped = false;
  const mine: string[] = [];
  const done = (async () => {
    for (let turn = 0; !stopped; turn++) {
      const run = (name: string, args: unknown) =>
        d.core.services.mutations.run(name as never, args, d.actor);
      if (turn % 5 === 4 && d.core.services.repos.cases.get(hotId) !== null) {
        const facts = currentFacts(d.core, hotId, d.actor);
        // Refused locally while the case is busy elsewhere (e.g. voided) is fine: nothing is queued then.
        run('case.correct', {
          caseId: hotId,
          facts: {
            ...facts,
            summary: `${d.core.services.repos.meta.get('client_id') ?? ''} 第 ${turn} 次改写`,
          },
          reason: '摘要录入有误',
        });
      } else if (turn % 3 === 2 && mine.length > 0) {
        run('case.performAction', {
          caseId: mine.shift(),
          action: 'arb.accept',
          occurredOn: '2026-11-25',
          payload: {},
        });
      } else {
        mine.push(d.register());
      }
      d.loop.poke();
      await sleep(pauseMs);
    }
  })();
  return { stop: () => (stopped = true), done };
}
