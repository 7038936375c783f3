import type { RiskCheckInput, RiskDashboardRow } from '../../../shared/contracts/risk.schema';
import { riskSettingsOf, type RiskSettings } from '../../../shared/risk/risk-settings';
import {
  isCollectiveCase,
  riskDashboard,
  riskWarnings,
  type RiskWarning,
} from '../../../shared/risk/risk-warnings';
import { ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';

const code = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').toUpperCase();
const names = (ps: readonly { role: string; name: string }[], role: string) =>
  ps
    .filter((p) => p.role === role)
    .map((p) => p.name)
    .join('、');

/** 风险预警: the pure detection (shared/risk) over the cases the risk repository reads. */
export function createRiskService(repos: Repos, mutations: MutationRunner) {
  const settings = (): RiskSettings => riskSettingsOf(repos.settings.get('risk.settings'));
  return {
    /** The warnings for a registration being entered (or a registered case, `caseId`). */
    check(input: RiskCheckInput): RiskWarning[] {
      const parties = input.parties
        .filter((p) => p.name.trim() !== '' || code(p.idNumber) !== '' || code(p.creditCode) !== '')
        .map((p) => ({
          role: p.role,
          name: p.name.trim(),
          idNumber: code(p.idNumber),
          creditCode: code(p.creditCode),
        }));
      const principals = parties.filter((p) => p.role === 'applicant' || p.role === 'respondent');
      const others = repos.risk.sharingParties({
        idNumbers: principals.flatMap((p) => (p.idNumber === '' ? [] : [p.idNumber])),
        creditCodes: principals.flatMap((p) => (p.creditCode === '' ? [] : [p.creditCode])),
        names: principals.flatMap((p) => (p.name === '' ? [] : [p.name])),
      });
      return riskWarnings(
        {
          ...(input.caseId === undefined ? {} : { id: input.caseId }),
          receivedDate: input.receivedDate,
          isCollective: input.isCollective,
          workerCount: input.workerCount ?? null,
          parties,
        },
        others,
        settings(),
      );
    },
    dashboard(): { settings: RiskSettings; rows: RiskDashboardRow[] } {
      const s = settings();
      const rows = riskDashboard(repos.risk.openAndRelated(), s).map((r) => ({
        caseId: r.case.id,
        caseNo: r.case.caseNo,
        receivedDate: r.case.receivedDate,
        collective: isCollectiveCase(r.case),
        workerCount: r.case.workerCount,
        applicants: names(r.case.parties, 'applicant'),
        respondents: names(r.case.parties, 'respondent'),
        warnings: r.warnings,
      }));
      return { settings: s, rows };
    },
    /** Directors and administrators only (settings.set checks the roles; the value was validated by the contract). */
    setSettings(value: RiskSettings, actor: Actor): Result<{ saved: boolean }> {
      if (!actor.roles.includes('director') && !actor.roles.includes('admin'))
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: '只有主任或系统管理员可以修改风险预警设置' },
        };
      const r = mutations.run('settings.set', { key: 'risk.settings', value }, actor);
      return r.ok ? ok({ saved: true }) : r;
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
