import { z } from 'zod';
import { SYNC_ENTITIES, type SyncEntity } from './entities';
import { RowChanges } from './changes';

/**
 * The wire contract between a desktop and the central server (docs/sync.md §2.5, §2.6, §2.13), validated with zod
 * on both ends. The protocol version moves only when this contract changes; the schema version is the desktop's
 * database migration level, and the server serves a window of them.
 */
export const PROTOCOL_VERSION = 1;

const Entity = z.enum(SYNC_ENTITIES as [SyncEntity, ...SyncEntity[]]);
const Id = z.string().min(1).max(128);

export const HelloRequest = z
  .object({
    protocolVersion: z.number().int().positive(),
    schemaVersion: z.number().int().nonnegative(),
    appVersion: z.string().max(40),
    clientId: Id,
  })
  .strict();
export type HelloRequest = z.infer<typeof HelloRequest>;

export const HelloResponse = z.object({
  protocolVersion: z.number().int(),
  /** Desktop schema versions the server accepts mutations from and serves pulls to. */
  minSchema: z.number().int(),
  maxSchema: z.number().int(),
  serverSchema: z.number().int(),
  /** Stable per server database: a desktop refuses to sync with a different server than it enrolled with. */
  serverId: z.string(),
});
export type HelloResponse = z.infer<typeof HelloResponse>;

/** One field's server version as the author saw it when editing (its "base", §2.7); '*' = the row did not exist. */
export const WireBase = z.object({
  entity: Entity,
  id: Id,
  field: z.string().max(64),
  baseSeq: z.number().int(),
});

export const WireMutation = z.object({
  /** Per client, strictly +1 from 1, never reused (the client's outbox mutation_id). */
  id: z.number().int().positive(),
  name: z.string().min(1).max(64),
  version: z.number().int().positive(),
  args: z.unknown(),
  bases: z.array(WireBase).max(5000),
  /** The rows the mutation wrote on its author's desktop (shared/sync/changes.ts), re-checked by the server. */
  changes: RowChanges,
  hlc: z.string().max(64),
  deviceTime: z.string().max(40),
  userId: Id,
});
export type WireMutation = z.infer<typeof WireMutation>;

export const PushRequest = z
  .object({
    protocolVersion: z.number().int().positive(),
    clientId: Id,
    schemaVersion: z.number().int().nonnegative(),
    mutations: z.array(WireMutation).min(1).max(100),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequest>;

export const OUTCOMES = ['applied', 'applied_with_conflict', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What became of one mutation, kept on the server and replayed byte for byte when asked again. */
export const MutationOutcome = z.object({
  id: z.number().int().positive(),
  outcome: z.enum(OUTCOMES),
  /** The change-log position of its effects (absent for a rejection). */
  seq: z.number().int().optional(),
  /** For a rejection: why, in Chinese, for its author; `code` is machine-readable (e.g. 'not_authorized'). */
  reason: z.string().optional(),
  code: z.string().optional(),
  conflicts: z.array(z.string()).optional(),
});
export type MutationOutcome = z.infer<typeof MutationOutcome>;

export const PushResponse = z.object({
  results: z.array(MutationOutcome),
  lastMutationId: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** A refusal of the whole request (not of one mutation): the client acts on `code`. */
export const SyncRefusal = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum([
      'out_of_order',
      'upgrade_required',
      'unauthenticated',
      'client_mismatch',
      'client_state_not_found',
    ]),
    message: z.string(),
    expectedNext: z.number().int().optional(),
    minSchema: z.number().int().optional(),
    maxSchema: z.number().int().optional(),
  }),
});
export type SyncRefusal = z.infer<typeof SyncRefusal>;

/** One row of the pull feed: the row's full image after a change (PUT semantics), or its tombstone. */
export const PulledRow = z.object({
  seq: z.number().int().positive(),
  entity: Entity,
  id: Id,
  officeId: z.string(),
  op: z.enum(['upsert', 'delete']),
  /** The entity row (shared/sync/entities.ts shape), with the server's bookkeeping. */
  data: z.record(z.string(), z.unknown()).nullable(),
  rowSeq: z.number().int(),
  fieldSeqs: z.record(z.string(), z.number().int()),
  deleted: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
});
export type PulledRow = z.infer<typeof PulledRow>;

export const PullQuery = z
  .object({
    clientId: Id,
    cursor: z.coerce.number().int().nonnegative(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
    schemaVersion: z.coerce.number().int().nonnegative(),
    /** The client's highest mutation id with every outcome up to it recorded: outcomes after it come back. */
    outcomesAfter: z.coerce.number().int().nonnegative().default(0),
  })
  .strict();
export type PullQuery = z.infer<typeof PullQuery>;

/**
 * One page of the feed. Pages end on server transaction boundaries (a mutation's rows are never split), so the
 * client applies a page in one transaction and stores `cursor` with it. `lastMutationId` is the highest of this
 * client's mutations whose effects (and those of every earlier one) are in the feed up to `cursor`: the client's
 * outbox entries up to it are already contained in the rows and must not be re-applied on top of them (rebase);
 * `outcomes` are their outcomes after the query's `outcomesAfter`. `more` says another page follows.
 */
export const PullPage = z.object({
  rows: z.array(PulledRow),
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  lastMutationId: z.number().int().nonnegative(),
  outcomes: z.array(MutationOutcome),
  /** At the end of the feed: per office, a checksum of every row the client should hold (§2.6 checkpoint). */
  checkpoint: z
    .object({ seq: z.number().int(), checksums: z.record(z.string(), z.number().int()) })
    .nullable(),
});
export type PullPage = z.infer<typeof PullPage>;

export const SnapshotQuery = z
  .object({
    clientId: Id,
    officeId: Id,
    /** Paging key: rows after this (entity, id) in key order; absent for the first page. */
    afterEntity: z.string().max(32).optional(),
    afterId: z.string().max(128).optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(1000),
  })
  .strict();
export type SnapshotQuery = z.infer<typeof SnapshotQuery>;

/**
 * A targeted re-snapshot of one office (§2.6): every current row of the office, tombstones included, as of
 * `seq`, in (entity, id) order. The client replaces that office's confirmed rows with these and keeps its cursor
 * and outbox; later pulls re-deliver newer rows, which apply by row version.
 */
export const SnapshotPage = z.object({
  officeId: z.string(),
  seq: z.number().int().nonnegative(),
  rows: z.array(PulledRow.omit({ seq: true })),
  more: z.boolean(),
});
export type SnapshotPage = z.infer<typeof SnapshotPage>;
