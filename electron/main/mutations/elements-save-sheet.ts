import { z } from 'zod';
import {
  findingSchema,
  validateAnswers,
  validateRespondentAnswers,
  type ElementTemplate,
} from '../../../shared/elements';
import { AppFailure } from '../../../shared/result';
import type { FieldIssue } from '../../../shared/result';
import { findTemplate } from '../elements/template-registry';
import { templatesInForce } from '../elements/templates-in-force';
import type { MutatorImpl } from './types';

/** What the side's data must satisfy for this template; issues name the element in Chinese. */
function validateSide(
  template: ElementTemplate,
  side: 'applicant' | 'respondent' | 'findings',
  data: unknown,
): FieldIssue[] {
  if (side === 'applicant') {
    const r = validateAnswers(template, data);
    return r.ok ? [] : r.issues;
  }
  if (side === 'respondent') {
    const r = validateRespondentAnswers(template, data);
    return r.ok ? [] : r.issues;
  }
  const parsed = z.array(findingSchema(template)).safeParse(data);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        label: '认定',
        message: i.message,
      }));
}

/** Saves one side of a 要素表 against the exact template version it was filled with. */
export const saveElementSheet: MutatorImpl<'elements.saveSheet', { id: string }> = {
  caseOf: (args) => args.caseId,
  prepare(args, ctx) {
    const existing = ctx.repos.elementSheets.find(args.caseId, args.templateId, args.side);
    return { ...args, sheetId: existing?.id ?? args.sheetId ?? ctx.newId() };
  },
  apply(args, ctx) {
    const row = ctx.repos.cases.get(args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    const template = findTemplate(templatesInForce(ctx.repos), args.templateId, args.templateVersion);
    if (!template)
      throw new AppFailure('VALIDATION', `要素表模板 ${args.templateId} 第 ${args.templateVersion} 版不存在`);
    const issues = validateSide(template, args.side, args.data);
    if (issues.length > 0)
      throw new AppFailure(
        'VALIDATION',
        issues.length > 1
          ? `${issues[0]?.message ?? ''}（另有 ${issues.length - 1} 处错误）`
          : (issues[0]?.message ?? '要素表有误'),
        { issues },
      );
    const id = args.sheetId as string;
    const before = ctx.repos.elementSheets.find(args.caseId, args.templateId, args.side);
    ctx.repos.elementSheets.upsert({
      id,
      caseId: args.caseId,
      officeId: row.officeId,
      templateId: args.templateId,
      templateVersion: args.templateVersion,
      side: args.side,
      data: args.data,
      at: ctx.nowIso,
      by: ctx.actor.id,
    });
    return {
      result: { id },
      audit: {
        entity: 'elementSheet',
        entityId: id,
        caseId: args.caseId,
        officeId: row.officeId,
        before: before?.data ?? null,
        after: {
          templateId: args.templateId,
          templateVersion: args.templateVersion,
          side: args.side,
          data: args.data,
        },
      },
    };
  },
};
