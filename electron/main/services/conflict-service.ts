import { clientShortId } from '../../../shared/util/compact-id';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import type { ResolveConflictInput } from '../../../shared/domain/conflict/conflict-args';
import { disputeReasonLabel, partyRoleLabel } from '../../../shared/domain/reference-data';
import { err, ok, type Result } from '../../../shared/result';
import {
  conflictEntityLabel,
  conflictFieldLabel,
  conflictValueText,
} from '../../../shared/sync/conflict-display';
import { fieldClass } from '../../../shared/sync/field-classes';
import { fieldKind, isSyncEntity, type EntityRow } from '../../../shared/sync/entities';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

type ConflictField = { field: string; kept: unknown; other: unknown };

/**
 * 冲突处理 (issue 12 item 1): the conflict records the server created, as a person reads them — what they are
 * about, both values with who, when and on which device — and the resolution, which is the mutation
 * conflict.resolve (主任 only; the planner refuses a second resolution of the same conflict).
 */
export function createConflictService(repos: Repos, mutations: MutationRunner) {
  const staffName = (id: string | null) => (id === null ? '（服务器）' : (repos.staff.get(id)?.name ?? id));
  const device = (clientId: string | null) =>
    clientId === null
      ? '中心服务器'
      : clientId === repos.meta.get('client_id')
        ? '本机'
        : `设备 ${clientShortId(clientId)}`;

  function subjectOf(c: EntityRow<'conflict'>): string {
    const what = conflictEntityLabel(c.rowEntity);
    if (c.rowEntity === 'party') {
      const p = repos.rowReader.get('party', c.rowId);
      return p === null ? what : `${what} ${p.name}（${partyRoleLabel(p.role)}）`;
    }
    if (c.rowEntity === 'claim') {
      const cl = repos.rowReader.get('claim', c.rowId);
      return cl === null ? what : `${what} ${disputeReasonLabel(cl.type)}`;
    }
    return what;
  }

  function view(c: EntityRow<'conflict'>): ConflictView {
    const caseRow = repos.cases.get(c.caseId);
    const fields = (Array.isArray(c.fields) ? (c.fields as ConflictField[]) : []).map((f) => ({
      field: f.field,
      label: conflictFieldLabel(c.rowEntity, f.field),
      kept: f.kept,
      keptText: conflictValueText(c.rowEntity, f.field, f.kept),
      other: f.other,
      otherText: conflictValueText(c.rowEntity, f.field, f.other),
      mergeable:
        isSyncEntity(c.rowEntity) &&
        fieldClass(c.rowEntity, f.field) === 'narrative' &&
        String(fieldKind(c.rowEntity, f.field)).startsWith('text'),
    }));
    return {
      id: c.id,
      caseId: c.caseId,
      caseNo: caseRow === null ? c.caseId : (caseRow.officialNo ?? caseRow.provisionalNo),
      rowEntity: c.rowEntity,
      rowId: c.rowId,
      subject: subjectOf(c),
      fields,
      kept: { by: staffName(c.keptBy), at: c.keptAt, device: device(c.keptClient) },
      other: { by: staffName(c.otherBy), at: c.otherAt, device: device(c.otherClient) },
      createdAt: c.createdAt,
      resolved:
        c.resolvedAt === null
          ? null
          : {
              at: c.resolvedAt,
              by: staffName(c.resolvedBy),
              choice: (c.resolution ?? 'kept') as 'kept' | 'other' | 'merged',
              reason: c.resolveReason ?? '',
            },
    };
  }

  return {
    /** A case's conflicts, or every conflict this desktop holds; open ones only unless asked, oldest first. */
    list(filter: { caseId?: string | undefined; includeResolved?: boolean | undefined }): ConflictView[] {
      const rows =
        filter.caseId === undefined
          ? repos.offices.list().flatMap((o) => repos.rowReader.list('conflict', { officeId: o.id }))
          : repos.rowReader.list('conflict', { caseId: filter.caseId });
      return rows
        .filter((c) => filter.includeResolved === true || c.resolvedAt === null)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(view);
    },
    resolve(input: ResolveConflictInput, actor: Actor): Result<{ conflictId: string }> {
      if (repos.rowReader.get('conflict', input.conflictId) === null)
        return err('NOT_FOUND', '冲突记录不存在');
      const r = mutations.run('conflict.resolve', input, actor);
      return r.ok ? ok({ conflictId: r.value.conflictId }) : r;
    },
  };
}
export type ConflictService = ReturnType<typeof createConflictService>;
