import { checksumOf } from '../../shared/sync/checksum';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { RowChange } from '../../shared/sync/changes';
import type { LocalSyncStore } from '../../shared/sync/engine';
import type {
  MutationOutcome,
  PullPage,
  PulledRow,
  SnapshotPage,
  WireMutation,
} from '../../shared/sync/protocol';
import { registerMutation, editMutation } from '../../server/testing/wire-builders';

/** A row as a model desktop holds it: the server's image (confirmed) or its own pending view. */
export type ModelRow = Omit<PulledRow, 'seq'>;
type Op = { kind: 'register'; caseId: string } | { kind: 'edit'; caseId: string; summary: string };
type Entry = { id: number; op: Op; userId: string; outcome: MutationOutcome | null };

const key = (entity: string, id: string) => `${entity}:${id}`;

/**
 * A model of a desktop's sync state, implementing the engine's LocalSyncStore with plain maps: the rows the
 * server confirmed, the outbox, the cursor, and the view (confirmed rows with every pending mutation re-applied
 * on top — the rebase). It is all durable: a "crash" loses nothing but the round in progress, as SQLite would.
 */
export class ModelClient implements LocalSyncStore {
  confirmed = new Map<string, ModelRow>();
  outbox: Entry[] = [];
  private cur = 0;
  /** The highest outbox id whose effects the confirmed rows already contain (pull's lastMutationId). */
  contained = 0;
  held = false;
  /** The desktop's database schema: below the server's window it must hold its outbox (never drop it). */
  schema: number = SUPPORTED_DESKTOP_SCHEMA.max;

  constructor(
    readonly id: string,
    readonly officeId: string,
    readonly userId: string,
  ) {}

  /** A restart after a crash: only what was committed survives (here: everything but the round in flight). */
  restarted(): ModelClient {
    const c = new ModelClient(this.id, this.officeId, this.userId);
    c.confirmed = new Map(this.confirmed);
    c.outbox = this.outbox.map((e) => ({ ...e }));
    c.cur = this.cur;
    c.contained = this.contained;
    c.held = this.held;
    c.schema = this.schema;
    return c;
  }

  clientId = () => this.id;
  schemaVersion = () => this.schema;
  appVersion = () => 'model';
  cursor = () => this.cur;

  /** Local writes: the desktop commits first (offline is normal), the push comes later. */
  register(caseId: string): void {
    this.outbox.push({
      id: this.outbox.length + 1,
      op: { kind: 'register', caseId },
      userId: this.userId,
      outcome: null,
    });
  }
  edit(caseId: string, summary: string): void {
    this.outbox.push({
      id: this.outbox.length + 1,
      op: { kind: 'edit', caseId, summary },
      userId: this.userId,
      outcome: null,
    });
  }

  acknowledgedThrough(): number {
    let n = 0;
    for (const e of this.outbox) {
      if (e.outcome === null) break;
      n = e.id;
    }
    return n;
  }

  /** Entries not yet re-applied by the server's rows, in order (rejected ones drop out of the view). */
  private live(): Entry[] {
    return this.outbox.filter((e) => e.id > this.contained && e.outcome?.outcome !== 'rejected');
  }

  /** The rows the user sees: confirmed plus each live entry's changes. */
  view(): Map<string, ModelRow> {
    const v = new Map(this.confirmed);
    for (const e of this.live()) for (const c of this.changesOf(e, v)) apply(v, c, this.officeId);
    return v;
  }

  private changesOf(e: Entry, v: ReadonlyMap<string, ModelRow>): RowChange[] {
    return this.wire(e, v).changes;
  }

  private wire(e: Entry, v: ReadonlyMap<string, ModelRow>): WireMutation {
    if (e.op.kind === 'register')
      return registerMutation(e.id, { caseId: e.op.caseId, officeId: this.officeId, userId: e.userId });
    const row = v.get(key('case', e.op.caseId)) ?? this.confirmed.get(key('case', e.op.caseId));
    const base = row ? (row.fieldSeqs['summary'] ?? row.rowSeq) : 0;
    const data = { ...(row?.data ?? {}), summary: e.op.summary };
    return editMutation(e.id, {
      userId: e.userId,
      caseId: e.op.caseId,
      entity: 'case',
      row: data,
      field: 'summary',
      base,
    });
  }

  pending(limit: number): WireMutation[] {
    if (this.held) return [];
    const out: WireMutation[] = [];
    const v = new Map(this.confirmed);
    for (const e of this.outbox) {
      const m = this.wire(e, v);
      const undecided = e.outcome === null;
      if (e.id > this.contained && e.outcome?.outcome !== 'rejected')
        for (const c of m.changes) apply(v, c, this.officeId);
      if (undecided && out.length < limit) out.push(m);
    }
    return out;
  }

  recordOutcomes(outcomes: readonly MutationOutcome[]): void {
    for (const o of outcomes) {
      const e = this.outbox[o.id - 1];
      if (e && e.outcome === null) e.outcome = o;
    }
  }
  resendFrom(id: number): void {
    for (const e of this.outbox) if (e.id >= id) e.outcome = null;
  }
  hold(on: boolean): void {
    this.held = on;
  }

  applyPage(page: PullPage): void {
    for (const r of page.rows) {
      const k = key(r.entity, r.id);
      const have = this.confirmed.get(k);
      if (have && have.rowSeq >= r.rowSeq) continue;
      const { seq: _seq, ...row } = r;
      this.confirmed.set(k, row);
    }
    this.recordOutcomes(page.outcomes);
    this.contained = Math.max(this.contained, page.lastMutationId);
    this.cur = page.cursor;
  }

  checksums(officeIds: readonly string[]): Record<string, number> {
    return Object.fromEntries(
      officeIds.map((o) => [
        o,
        checksumOf(
          [...this.confirmed.values()]
            .filter((r) => r.officeId === o)
            .map((r) => ({ entity: r.entity, id: r.id, rowSeq: r.rowSeq, deleted: r.deleted !== null })),
        ),
      ]),
    );
  }

  private snapshotRows = new Map<string, ModelRow>();
  applySnapshotPage(page: SnapshotPage, first: boolean): void {
    if (first) this.snapshotRows = new Map();
    for (const r of page.rows) this.snapshotRows.set(key(r.entity, r.id), r);
  }
  finishSnapshot(officeId: string): void {
    for (const [k, r] of this.confirmed) if (r.officeId === officeId) this.confirmed.delete(k);
    for (const [k, r] of this.snapshotRows) this.confirmed.set(k, r);
  }
}

function apply(v: Map<string, ModelRow>, c: RowChange, officeId: string): void {
  const k = key(c.entity, c.id);
  const old = v.get(k);
  const data =
    c.created || !old?.data
      ? c.row
      : { ...old.data, ...Object.fromEntries(Object.keys(c.bases).map((f) => [f, c.row?.[f]])) };
  v.set(k, {
    entity: c.entity,
    id: c.id,
    officeId: typeof c.row?.['officeId'] === 'string' ? c.row['officeId'] : (old?.officeId ?? officeId),
    op: 'upsert',
    data,
    rowSeq: old?.rowSeq ?? 0,
    fieldSeqs: old?.fieldSeqs ?? {},
    deleted: null,
  });
}
