import { z } from 'zod';
import { SYNC_ENTITIES, type SyncEntity } from './entities';

/**
 * What one mutation did to the synced rows, captured by the desktop's write path (docs/sync.md §2.3): for each
 * row it touched, the row's full image afterwards (camelCase entity fields, shared/sync/entities.ts) and the
 * fields that changed, each with the server version the author saw ("base"). The server checks the mutation
 * (args, roles, scope, procedure) and then applies exactly these changes, so the two ends never compute a
 * row twice in different code. A row that did not exist before has `created: true` and no bases.
 */
export type RowChange = {
  entity: SyncEntity;
  id: string;
  op: 'upsert' | 'delete';
  created: boolean;
  /** The row's image after the mutation; null only for a hard delete (synced rows are tombstoned instead). */
  row: Record<string, unknown> | null;
  /** Changed fields (camelCase) → the server seq of that field when the author read it (0 = never synced). */
  bases: Record<string, number>;
  /**
   * The tombstone (§2.9) of a row with `op: 'delete'` that still exists: who removed it, when and why. The sync
   * bookkeeping columns are not entity fields, so the reason travels here rather than in `row`.
   */
  deleted?: { at: string; by: string | null; reason: string | null } | undefined;
};

const Entity = z.enum(SYNC_ENTITIES as [SyncEntity, ...SyncEntity[]]);

export const WireRowChange = z
  .object({
    entity: Entity,
    id: z.string().min(1).max(128),
    op: z.enum(['upsert', 'delete']),
    created: z.boolean(),
    row: z.record(z.string(), z.unknown()).nullable(),
    bases: z.record(z.string().max(64), z.number().int().nonnegative()),
    deleted: z
      .object({
        at: z.string().max(40),
        by: z.string().max(128).nullable(),
        reason: z.string().max(2000).nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const RowChanges = z.array(WireRowChange).max(5000);
