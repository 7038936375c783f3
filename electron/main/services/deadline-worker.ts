import { parentPort, workerData } from 'node:worker_threads';
import { connect } from '../db/connection';
import { caseDigest, termsText } from '../db/repositories/deadline-digest';
import { createDeadlineDigestReader } from '../db/repositories/deadline-digest-reader';
import { createEventRepo } from '../db/repositories/event.repo';
import { createSettingsRepo } from '../db/repositories/settings.repo';
import { payloadTypesOf, type RuleTerms } from '../../../shared/deadlines';
import type { ProjectedDeadline } from '../db/repositories/deadline.repo';
import { calendarWith, importedYears } from './calendar-service';
import { openCaseKinds, projectCases, rulesInForce, type ProjectionContext } from './deadline-projection';
import type {
  DeadlineChunkRequest,
  DeadlineWorkerData,
  DeadlineWorkerReply,
  DeadlineWorkerRequest,
} from './deadline-worker-protocol';

/**
 * A recompute's worker thread (deadline-workers.ts starts it): its own keyed connection to the app's file,
 * read only — WAL gives each read a committed snapshot while the app's thread writes. For each chunk of case
 * ids (with their kinds, which the app's thread read with the open cases) it reads their logs, computes their
 * deadlines with the same engine, rules and calendar, and compares each case's digest with the stored one
 * (deadline-digest.ts); only the cases that differ go back, so an unchanged recompute sends almost nothing
 * across. The app's thread writes them.
 */
const port = parentPort;
if (port === null) throw new Error('deadline-worker.ts runs only as a worker thread');
const data = workerData as DeadlineWorkerData;
const db = connect(data.file, {
  fileMustExist: true,
  ...(data.nativeBinding !== null ? { nativeBinding: data.nativeBinding } : {}),
  ...(data.keyHex !== null ? { key: Buffer.from(data.keyHex, 'hex') } : {}),
});
db.pragma('busy_timeout = 5000');
// This connection never writes: a bug that tried would fail here instead of racing the app's writes.
db.pragma('query_only = ON');
const events = createEventRepo(db);
const settings = createSettingsRepo(db);
const stored = createDeadlineDigestReader(db);

/** The rules, calendar and stored terms of one recompute: read once, at its first chunk. */
let current: { run: number; ctx: ProjectionContext; terms: Map<string, number> } | null = null;

function contextOf(run: number, today: string): NonNullable<typeof current> {
  if (current?.run !== run) {
    const calendar = calendarWith(importedYears(settings));
    const ctx = { rules: rulesInForce(settings), calendar, today, explain: false };
    current = { run, ctx, terms: stored.termsIds() };
  }
  return current;
}

function staleOf(req: DeadlineChunkRequest): [string, ProjectedDeadline[]][] {
  const run = contextOf(req.run, req.today);
  // The kinds came with the ids (the app's thread read them with the open cases).
  const projections = projectCases(
    req.ids,
    openCaseKinds(req.ids, req.kinds),
    events.listForFoldMany(req.ids, payloadTypesOf(run.ctx.rules)),
    run.ctx,
  );
  const known = stored.digestsOf(req.ids);
  // The engine hands out one terms object per rule, so the text is built once per rule, not per row.
  const ids = new Map<RuleTerms, number | undefined>();
  let reread = false;
  const termsId = (t: RuleTerms): number | undefined => {
    if (ids.has(t)) return ids.get(t);
    let id = run.terms.get(termsText(t));
    if (id === undefined && !reread) {
      // The app's thread may have stored these terms since (an earlier chunk's stale case): look once more.
      reread = true;
      run.terms = stored.termsIds();
      id = run.terms.get(termsText(t));
    }
    ids.set(t, id);
    return id;
  };
  const stale: [string, ProjectedDeadline[]][] = [];
  for (const [id, deadlines] of projections) {
    const digest = caseDigest(deadlines, termsId);
    // Terms without an id are a rule version no stored row names yet: the case cannot be as stored.
    if (digest === undefined || known.get(id) !== digest) stale.push([id, deadlines]);
  }
  return stale;
}

// One read transaction per chunk: its kinds, logs and digests come from one snapshot.
const chunk = db.transaction(staleOf);

port.on('message', (req: DeadlineWorkerRequest) => {
  if (req === 'close') {
    try {
      db.close();
    } finally {
      Atomics.store(data.released, 0, 1);
      Atomics.notify(data.released, 0);
      port.close();
    }
    return;
  }
  let reply: DeadlineWorkerReply;
  try {
    reply = { type: 'chunk', run: req.run, stale: chunk(req) };
  } catch (e) {
    reply = { type: 'failed', run: req.run, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ type: 'ready' } satisfies DeadlineWorkerReply);
