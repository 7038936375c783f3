// 统计分析 for directors: the records from the local database, the committee's rate definitions, and where the
// data comes from — offline, the figures are the local database's as of the last sync, and the page says so.

import { err, ok, type Result } from '../../../shared/result';
import type { StatsView } from '../../../shared/contracts/stats.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import {
  byHandler,
  byOffice,
  DEFAULT_RATE_DEFINITIONS,
  groupedFigures,
  monthlyTrend,
  officialStatistics,
  RateDefinitions,
  STATS_DEFINITIONS_KEY,
  type StatsPeriod,
} from '../../../shared/stats';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';
import { statsRecordOf } from '../stats/stats-records';
import { statsWorkbook } from '../stats/stats-xlsx';

type SyncInfo = { enrolled: boolean; lastSyncAt: string | null };

const FORBIDDEN = '只有主任可以查看统计分析';

export function createStatsService(
  repos: Repos,
  mutations: MutationRunner,
  now: () => number,
  syncInfo: () => SyncInfo,
) {
  const definitions = () => {
    const stored = repos.settings.get(STATS_DEFINITIONS_KEY);
    const parsed = stored === undefined || stored === null ? null : RateDefinitions.safeParse(stored);
    return parsed?.success === true
      ? { definitions: parsed.data, custom: true }
      : { definitions: DEFAULT_RATE_DEFINITIONS, custom: false };
  };

  function view(period: StatsPeriod, user: SessionUser): Result<StatsView> {
    if (!user.roles.includes('director')) return err('FORBIDDEN', FORBIDDEN);
    const officeIds = repos.stats.officesUnder(user.officeId);
    const records = repos.stats.casesOf(officeIds).map(statsRecordOf);
    const defs = definitions();
    const figures = officialStatistics(records, { ...period, definitions: defs.definitions });
    const names = new Map(repos.offices.list().map((o) => [o.id, o.name]));
    const sync = syncInfo();
    return ok({
      period: figures.period,
      coverage: {
        offices: officeIds.map((id) => ({ id, name: names.get(id) ?? id })),
        enrolled: sync.enrolled,
        lastSyncAt: sync.lastSyncAt,
        computedAt: new Date(now()).toISOString(),
        cases: records.length,
      },
      figures,
      monthly: monthlyTrend(records, figures.period),
      byHandler: groupedFigures(records, figures.period, defs.definitions, byHandler),
      byOffice: groupedFigures(records, figures.period, defs.definitions, byOffice),
      cases: Object.fromEntries(
        records.map((r) => [
          r.id,
          {
            caseNo: r.caseNo,
            kind: r.kind,
            officeName: r.officeName,
            handlerName: r.handlerName ?? null,
            acceptedDate: r.acceptedDate ?? null,
            closedDate: r.closedDate ?? null,
            outcome: r.outcome ?? null,
          },
        ]),
      ),
      definitionsCustom: defs.custom,
    });
  }

  return {
    view,
    async xlsx(
      period: StatsPeriod,
      user: SessionUser,
    ): Promise<Result<{ fileName: string; dataBase64: string }>> {
      const v = view(period, user);
      if (!v.ok) return v;
      const bytes = await statsWorkbook(v.value);
      return ok({
        fileName: `劳动人事争议处理情况统计（${v.value.period.from}至${v.value.period.to}）.xlsx`,
        dataBase64: bytes.toString('base64'),
      });
    },
    definitions,
    /** Validated by the contract (RateDefinitions) and stored with settings.set (主任 and 系统管理员). */
    setDefinitions(value: RateDefinitions | null, actor: Actor): Result<{ saved: boolean }> {
      const r = mutations.run('settings.set', { key: STATS_DEFINITIONS_KEY, value }, actor);
      return r.ok ? ok({ saved: true }) : r;
    },
  };
}
export type StatsService = ReturnType<typeof createStatsService>;
