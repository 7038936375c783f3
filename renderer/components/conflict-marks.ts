import type { ConflictView } from '../../shared/contracts/conflicts.schema';

/** The fields open conflicts hold, as `entity:rowId:field` keys: where the case page shows 有冲突. */
export type ConflictMarks = ReadonlySet<string>;

export const NO_MARKS: ConflictMarks = new Set();

export function conflictMarks(conflicts: readonly ConflictView[]): ConflictMarks {
  return new Set(
    conflicts
      .filter((c) => c.resolved === null)
      .flatMap((c) => c.fields.map((f) => `${c.rowEntity}:${c.rowId}:${f.field}`)),
  );
}

export const isMarked = (marks: ConflictMarks, entity: string, rowId: string, ...fields: string[]): boolean =>
  fields.some((f) => marks.has(`${entity}:${rowId}:${f}`));
