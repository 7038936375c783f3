import { AppFailure } from '../../../shared/result';
import type { MutatorImpl } from './types';

/** A generated document version, kept with the case; its file must reach the server first (blob dependency). */
export const recordDocument: MutatorImpl<'documents.record', { id: string; version: number }> = {
  caseOf: (args) => args.caseId,
  prepare(args, ctx) {
    const last = ctx.repos.documents.latest(args.caseId, args.templateId, args.options);
    return { ...args, id: args.id ?? ctx.newId(), version: args.version ?? (last?.version ?? 0) + 1 };
  },
  apply(args, ctx) {
    const row = ctx.repos.cases.get(args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    if (!ctx.hasBlob(args.blobSha256)) throw new AppFailure('VALIDATION', '文书文件不存在，请重新生成');
    ctx.blobDep(args.blobSha256);
    const id = args.id as string;
    const version = args.version as number;
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
    ctx.repos.documents.insert(record);
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
