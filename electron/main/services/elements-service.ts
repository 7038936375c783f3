import type { ElementsCaseView } from '../../../shared/contracts/elements.schema';
import {
  paramsAt,
  REGIONAL_PARAM_KINDS,
  RegionalParams,
  type RegionalParam,
} from '../../../shared/domain/regional-params';
import type { DisputeReason } from '../../../shared/domain/reference-data';
import {
  checkClaim,
  compareElements,
  disputeFocus,
  hearingOutline,
  templatesForClaimTypes,
  validateTemplate,
  type ApplicantAnswers,
  type ElementTemplate,
  type RespondentAnswers,
} from '../../../shared/elements';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import { latestTemplates } from '../elements/template-registry';
import { minWageDateRuleInForce, regionalParams, templatesInForce } from '../elements/templates-in-force';
import type { MinWageDateRule } from '../../../shared/procedure/award-test';
import type { MutationRunner } from '../mutations/run-mutation';
import { timeBarFlags } from '../elements/time-bar-flags';
import type { LimitationService } from './limitation-service';
import type { Actor } from '../mutations/types';

/** 要素式办案 on the case page: templates, both sides' sheets, comparison, 争议焦点, 庭审提纲 and claim checks. */
export function createElementsService(
  repos: Repos,
  mutations: MutationRunner,
  limitation: LimitationService,
) {
  function caseView(caseId: string): Result<ElementsCaseView> {
    const row = repos.cases.get(caseId);
    if (!row) return err('NOT_FOUND', '案件不存在或已删除');
    const reasons = row.reasons as DisputeReason[];
    const all = templatesInForce(repos);
    const sheets = repos.elementSheets.listByCase(caseId);
    // A case keeps the version it was filled with; untouched templates show the newest version.
    const templates = templatesForClaimTypes(latestTemplates(all), reasons).map((t) => {
      const used = sheets.find((s) => s.templateId === t.id);
      return (used && all.find((x) => x.id === t.id && x.version === used.templateVersion)) ?? t;
    });
    const sheetData = (t: ElementTemplate, side: 'applicant' | 'respondent') =>
      sheets.find((s) => s.templateId === t.id && s.side === side)?.data ?? {};
    const comparisons = templates.map((t) =>
      compareElements(
        t,
        sheetData(t, 'applicant') as ApplicantAnswers,
        sheetData(t, 'respondent') as RespondentAnswers,
      ),
    );
    const on = row.receivedDate;
    const inForce = paramsAt(regionalParams(repos), on);
    const params = {
      ...(inForce.cityAvgMonthlyWageFen
        ? { cityAvgMonthlyWageFen: inForce.cityAvgMonthlyWageFen.amountFen }
        : {}),
      ...(inForce.minMonthlyWageFen ? { minMonthlyWageFen: inForce.minMonthlyWageFen.amountFen } : {}),
      ...(inForce.regionAvgMonthlyWageFen
        ? { regionAvgMonthlyWageFen: inForce.regionAvgMonthlyWageFen.amountFen }
        : {}),
    };
    const limits = limitation.forCase(row.limitation, reasons, on);
    const claimChecks = reasons.flatMap((reason) => {
      const t = templates.find((x) => x.claimTypes.includes(reason));
      if (!t) return [];
      const check = checkClaim(reason, t, sheetData(t, 'applicant') as ApplicantAnswers, params);
      return [{ ...check, flags: [...check.flags, ...timeBarFlags(check, limits, on)] }];
    });
    return ok({
      caseId,
      templates,
      sheets: sheets.map((s) => ({
        templateId: s.templateId,
        templateVersion: s.templateVersion,
        side: s.side,
        data: s.data,
        updatedAt: s.updatedAt,
      })),
      comparisons,
      focus: disputeFocus(comparisons),
      outline: hearingOutline(comparisons),
      claimChecks,
      params: REGIONAL_PARAM_KINDS.flatMap((k) => {
        const p = inForce[k.code];
        return p
          ? [
              {
                kind: k.code,
                label: k.label,
                amountFen: p.amountFen,
                effectiveFrom: p.effectiveFrom,
                sample: p.sample,
              },
            ]
          : [];
      }),
    });
  }

  return {
    caseView,
    save: (
      args: {
        caseId: string;
        templateId: string;
        templateVersion: number;
        side: 'applicant' | 'respondent' | 'findings';
        data: unknown;
      },
      actor: Actor,
    ) => mutations.run('elements.saveSheet', args, actor),
    templates: () => ({ templates: templatesInForce(repos) }),
    /** A new template or a new version of one; older versions stay so filled cases keep theirs. */
    saveTemplate(json: unknown, actor: Actor): Result<{ id: string; version: number }> {
      const v = validateTemplate(json);
      if (!v.ok)
        return err('VALIDATION', v.issues[0]?.message ?? '模板无效', {
          issues: v.issues.map((i) => ({ ...i, label: '模板' })),
        });
      const all = templatesInForce(repos);
      const newest = latestTemplates(all).find((t) => t.id === v.template.id);
      if (newest && v.template.version <= newest.version)
        return err(
          'VALIDATION',
          `模板 ${v.template.id} 的版本须大于现有最高版本 ${newest.version}（已填写的案件保留原版本）`,
        );
      const custom = (repos.settings.get('elements.templates') as unknown[] | undefined) ?? [];
      const r = mutations.run(
        'settings.set',
        { key: 'elements.templates', value: [...custom, v.template] },
        actor,
      );
      return r.ok ? ok({ id: v.template.id, version: v.template.version }) : r;
    },
    regional: (): { params: RegionalParam[]; custom: boolean; minWageDateRule: MinWageDateRule } => {
      const custom = repos.settings.get('regional.params');
      return {
        params: regionalParams(repos),
        custom: custom !== undefined && custom !== null,
        minWageDateRule: minWageDateRuleInForce(repos),
      };
    },
    /** Which day's minimum wage the 终局 test uses (an [M] local rule, so the committee's data). */
    saveMinWageDateRule: (rule: MinWageDateRule, actor: Actor): Result<{ saved: boolean }> => {
      const r = mutations.run('settings.set', { key: 'award.minWageDateRule', value: rule }, actor);
      return r.ok ? ok({ saved: true }) : r;
    },
    saveRegional(json: unknown, actor: Actor): Result<{ count: number }> {
      const parsed = RegionalParams.safeParse(json);
      if (!parsed.success)
        return err('VALIDATION', parsed.error.issues[0]?.message ?? '地区参数无效', {
          issues: parsed.error.issues.map((i) => ({
            path: i.path.map(String).join('.'),
            label: '地区参数',
            message: i.message,
          })),
        });
      const r = mutations.run('settings.set', { key: 'regional.params', value: parsed.data }, actor);
      return r.ok ? ok({ count: parsed.data.length }) : r;
    },
  };
}
export type ElementsService = ReturnType<typeof createElementsService>;
