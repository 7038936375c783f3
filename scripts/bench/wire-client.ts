import type { MutationOutcome, PullPage, PushResponse, WireMutation } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import { httpJson, httpOk, type HttpAnswer } from './http-json';

/**
 * A simulated desktop for load and soak runs: an enrolled device id that pushes wire mutations over HTTP as
 * server/sync tests do, without SQLite. It keeps the one thing a real desktop's outbox promises — an entry
 * leaves the queue only with the server's outcome — so after a failure (connection refused, a killed server, a
 * lost response) the same ids go out again and the server answers the stored outcome (sync §2.5).
 */
export type WireClient = {
  clientId: string;
  /** Every outcome the server gave, by mutation id: the client's "acknowledged" set. */
  acked: Map<number, MutationOutcome>;
  /** Ids handed out so far (the next mutation gets `issued + 1`). */
  issued: number;
  queue: WireMutation[];
  enqueue(build: (id: number) => WireMutation): void;
  /** Pushes up to `max` queued mutations to `url`; 'failed' when no outcome came back (retry later). */
  push(
    url: string,
    max: number,
  ): Promise<{ ok: true; results: MutationOutcome[] } | { ok: false; error: string }>;
  /** One pull page after `cursor` (throws on failure: a reader retries whole pages). */
  pull(url: string, cursor: number, limit: number): Promise<PullPage>;
};

export const SCHEMA = SUPPORTED_DESKTOP_SCHEMA.max;

/** Enrols `clientId` for `username` (password `pw-<username>`, the fixture's) through `url`. */
export async function enrolWireClient(url: string, clientId: string, username: string): Promise<WireClient> {
  const r = await httpJson(`${url}/sync/enrol`, {
    body: JSON.stringify({ clientId, username, password: `pw-${username}` }),
  });
  if (!httpOk(r.status)) throw new Error(`enrol ${clientId}: ${r.status} ${r.text}`);
  const auth = `Bearer ${(JSON.parse(r.text) as { token: string }).token}`;
  const c: WireClient = {
    clientId,
    acked: new Map(),
    issued: 0,
    queue: [],
    enqueue(build) {
      c.issued += 1;
      c.queue.push(build(c.issued));
    },
    async push(base, max) {
      const batch = c.queue.slice(0, max);
      if (batch.length === 0) return { ok: true, results: [] };
      let res: HttpAnswer;
      let body: PushResponse;
      try {
        res = await httpJson(`${base}/sync/push`, {
          headers: { authorization: auth },
          body: JSON.stringify({ protocolVersion: 1, clientId, schemaVersion: SCHEMA, mutations: batch }),
          // Long enough for a batch of 50 queued behind 49 other clients; a dead server fails at once.
          timeoutMs: 120_000,
        });
        if (!httpOk(res.status)) return { ok: false, error: `push ${res.status}: ${res.text}` };
        body = JSON.parse(res.text) as PushResponse;
      } catch (e) {
        // No answer, or the server died while streaming it: as good as no answer.
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
      for (const o of body.results) c.acked.set(o.id, o);
      const done = new Set(body.results.map((o) => o.id));
      c.queue = c.queue.filter((m) => !done.has(m.id));
      return { ok: true, results: body.results };
    },
    async pull(base, cursor, limit) {
      const q = `clientId=${clientId}&cursor=${cursor}&limit=${limit}&schemaVersion=${SCHEMA}`;
      const res = await httpJson(`${base}/sync/pull?${q}`, { headers: { authorization: auth } });
      if (!httpOk(res.status)) throw new Error(`pull ${res.status}: ${res.text}`);
      return JSON.parse(res.text) as PullPage;
    },
  };
  return c;
}
