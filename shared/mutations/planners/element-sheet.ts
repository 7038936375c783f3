import { z } from 'zod';
import {
  findingSchema,
  validateAnswers,
  validateRespondentAnswers,
  type ElementTemplate,
} from '../../elements';
import { AppFailure, type FieldIssue } from '../../result';
import type { MutationPlanner, PlanCtx } from '../plan/planner';
import { prepared } from '../plan/prepared';
import { referenceOf, settingValue, templatesFrom } from '../plan/reference';

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

/** The exact template version a sheet was filled with: shipped, or added by an administrator in 设置. */
function templateOf(ctx: PlanCtx, id: string, version: number): ElementTemplate | null {
  const all = templatesFrom(referenceOf(ctx).shippedTemplates, settingValue(ctx.store, 'elements.templates'));
  return all.find((t) => t.id === id && t.version === version) ?? null;
}

/**
 * Saves one side of a 要素表 against the exact template version it was filled with. A case has one sheet per
 * template and side: saving again updates it (keeping its id), whatever id the args prepared.
 */
export const planSaveSheet: MutationPlanner<'elements.saveSheet', { id: string }> = {
  caseOf: (args) => args.caseId,
  plan(args, ctx) {
    const { store } = ctx;
    const sheetId = prepared(args.sheetId, '要素表的标识');
    const row = store.get('case', args.caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    const template = templateOf(ctx, args.templateId, args.templateVersion);
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
    const before =
      store.list('elementSheet', { caseId: args.caseId, templateId: args.templateId, side: args.side })[0] ??
      null;
    const id = before?.id ?? sheetId;
    const saved = {
      templateVersion: args.templateVersion,
      data: args.data,
      updatedAt: ctx.nowIso,
      updatedBy: ctx.actor.id,
    };
    if (before !== null) store.update('elementSheet', id, saved);
    else
      store.insert('elementSheet', {
        id,
        caseId: args.caseId,
        officeId: row.officeId,
        templateId: args.templateId,
        side: args.side,
        ...saved,
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
