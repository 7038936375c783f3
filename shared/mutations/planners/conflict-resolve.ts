import type { ResolveConflictArgs } from '../../domain/conflict/conflict-args';
import { AppFailure } from '../../result';
import { fieldClass } from '../../sync/field-classes';
import { conflictFieldLabel, conflictValueText } from '../../sync/conflict-display';
import { fieldKind, isSyncEntity, type EntityRow, type SyncEntity } from '../../sync/entities';
import { appendEvent } from '../plan/case-log';
import type { MutationPlanner } from '../plan/planner';
import { prepared } from '../plan/prepared';

export type ResolveConflictResult = { conflictId: string; values: Record<string, unknown> };

type ConflictField = { field: string; kept: unknown; other: unknown };

/** The refusal the server answers with its own code when a second person resolves the same conflict. */
export const ALREADY_RESOLVED = 'already_resolved';

const fieldsOf = (row: EntityRow<'conflict'>): ConflictField[] =>
  Array.isArray(row.fields) ? (row.fields as ConflictField[]) : [];

/** The values the person chose, field by field; a merge is allowed only over narrative text. */
function chosenValues(row: EntityRow<'conflict'>, args: ResolveConflictArgs): Record<string, unknown> {
  const fields = fieldsOf(row);
  if (args.choice !== 'merged')
    return Object.fromEntries(fields.map((f) => [f.field, args.choice === 'kept' ? f.kept : f.other]));
  const entity = row.rowEntity as SyncEntity;
  const merged = args.merged ?? {};
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const label = conflictFieldLabel(entity, f.field);
    if (fieldClass(entity, f.field) !== 'narrative' || !String(fieldKind(entity, f.field)).startsWith('text'))
      throw new AppFailure('VALIDATION', `“${label}”不能合并，只能选择其中一方的内容`, {
        issues: [{ path: 'merged', label: '合并后的内容', message: `“${label}”不能合并` }],
      });
    const text = merged[f.field];
    if (text === undefined || text.trim() === '')
      throw new AppFailure('VALIDATION', `请填写“${label}”合并后的内容`, {
        issues: [{ path: 'merged', label: '合并后的内容', message: `请填写“${label}”合并后的内容` }],
      });
    out[f.field] = text.trim();
  }
  return out;
}

/**
 * 处理同步冲突 (issue 12 item 1): the chosen values are written to the row the conflict is about (only the
 * fields that differ from what it holds now), the conflict is closed with who, when, which choice and why, and the
 * case's timeline records the resolution field by field. The first resolution wins: a conflict already resolved
 * (by someone on another desktop, say) is refused with who resolved it and when.
 */
export const planResolveConflict: MutationPlanner<'conflict.resolve', ResolveConflictResult> = {
  caseOf: (args, read) => read.get('conflict', args.conflictId)?.caseId ?? null,

  plan(args, ctx) {
    const { store } = ctx;
    const eventId = prepared(args.eventId, '办案记录的标识');
    const row = store.get('conflict', args.conflictId);
    if (row === null) throw new AppFailure('NOT_FOUND', '冲突记录不存在');
    if (row.resolvedAt !== null) {
      const by =
        row.resolvedBy === null ? null : (store.get('staff', row.resolvedBy)?.name ?? row.resolvedBy);
      throw new AppFailure(
        'CONFLICT',
        `该冲突已由${by ?? '他人'}于${row.resolvedAt.slice(0, 16).replace('T', ' ')}处理`,
        {
          syncCode: ALREADY_RESOLVED,
        },
      );
    }
    if (!isSyncEntity(row.rowEntity)) throw new AppFailure('VALIDATION', '冲突记录所指的数据类型无法识别');
    const entity = row.rowEntity;
    const values = chosenValues(row, args);
    const target = store.get(entity, row.rowId) as Record<string, unknown> | null;
    if (target === null) throw new AppFailure('CONFLICT', '冲突所涉的记录已被作废，无法按所选内容处理');
    const set = Object.fromEntries(
      Object.entries(values).filter(
        ([f, v]) => JSON.stringify(target[f] ?? null) !== JSON.stringify(v ?? null),
      ),
    );
    if (Object.keys(set).length > 0) store.update(entity, row.rowId, set);
    store.update('conflict', row.id, {
      resolvedAt: ctx.nowIso,
      resolvedBy: ctx.actor.id,
      resolution: args.choice,
      resolvedValues: values,
      resolveReason: args.reason,
    });
    const changes = fieldsOf(row).map((f) => ({
      field: `${entity}.${row.rowId}.${f.field}`,
      label: conflictFieldLabel(entity, f.field),
      before: conflictValueText(entity, f.field, target[f.field]),
      after: conflictValueText(entity, f.field, values[f.field]),
    }));
    appendEvent(ctx, {
      id: eventId,
      caseId: row.caseId,
      officeId: row.officeId,
      type: 'case.conflictResolved',
      occurredOn: ctx.today,
      payload: { reason: args.reason, conflictId: row.id, choice: args.choice, changes },
    });
    return {
      result: { conflictId: row.id, values },
      audit: {
        entity: 'conflict',
        entityId: row.id,
        caseId: row.caseId,
        officeId: row.officeId,
        before: { fields: row.fields, keptBy: row.keptBy, otherBy: row.otherBy },
        after: { choice: args.choice, values, reason: args.reason },
      },
    };
  },
};
