import { AppFailure } from '../../result';
import { refuseWhileConflicted } from '../plan/open-conflicts';
import type { MutationPlanner } from '../plan/planner';
import { prepared } from '../plan/prepared';

/**
 * A generated document version, kept with the case; its file must reach the server first (blob dependency).
 * The id and the version number come prepared (the desktop counts the versions it holds).
 */
export const planRecordDocument: MutationPlanner<'documents.record', { id: string; version: number }> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const id = prepared(args.id, '文书的标识');
    const version = prepared(args.version, '文书的版本号');
    const row = ctx.store.get('case', args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    refuseWhileConflicted(ctx.store, args.caseId, '出具文书');
    if (!ctx.hasBlob(args.blobSha256)) throw new AppFailure('VALIDATION', '文书文件不存在，请重新生成');
    ctx.blobDep(args.blobSha256);
    const record = {
      id,
      caseId: args.caseId,
      officeId: row.officeId,
      templateId: args.templateId,
      version,
      title: args.title,
      options: args.options,
      dataHash: args.dataHash,
      blobSha256: args.blobSha256,
      fileName: args.fileName,
      size: args.size,
      createdAt: ctx.nowIso,
      createdBy: ctx.actor.id,
      docDate: args.date ?? ctx.today,
    };
    ctx.store.insert('document', record);
    return {
      result: { id, version },
      audit: {
        entity: 'document',
        entityId: id,
        caseId: args.caseId,
        officeId: record.officeId,
        before: null,
        after: record,
      },
    };
  },
};
