import type { AppCore } from '../../electron/main/app-core';
import type { Db } from '../../electron/main/db/connection';
import type { ListCasesArgs } from '../../shared/domain/case/case.schema';
import { createListFloor } from './list-floor';
import { measurePair, type RunPlan, type Stats } from './timing';

export type ListScenario = { key: string; label: string; args: ListCasesArgs };

export type ListResult = ListScenario & { app: Stats; floor: Stats; total: number; matches: boolean };

/** A first page of 50 in the list's default order, with `extra` on top. */
export const page = (extra: Partial<ListCasesArgs>): ListCasesArgs => ({
  voided: 'exclude',
  sort: 'receivedDate',
  dir: 'desc',
  offset: 0,
  limit: 50,
  ...extra,
});

export type SearchTerms = { twoChars: string; fullName: string; idNumber: string };

/**
 * Search terms taken from the data itself: one worker applicant (picked at a fixed position, so runs on the
 * same database agree) whose name has 3+ characters — its first two characters (the bigram index), the full
 * name (FTS5 trigram) and the 18-digit ID number (the 18-character key index).
 */
export function pickSearchTerms(db: Db): SearchTerms {
  const filter = `role = 'applicant' AND kind = 'worker' AND length(name) >= 3 AND id_number IS NOT NULL
    AND deleted_at IS NULL`;
  const n = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM parties WHERE ${filter}`).get()?.n ?? 0;
  const row = db
    .prepare<[number], { name: string; id_number: string }>(
      `SELECT name, id_number FROM parties WHERE ${filter} ORDER BY rowid LIMIT 1 OFFSET ?`,
    )
    .get(Math.floor(n * 0.37));
  if (!row) throw new Error('种子数据库中没有可用作搜索词的申请人');
  return { twoChars: [...row.name].slice(0, 2).join(''), fullName: row.name, idNumber: row.id_number };
}

export function listScenarios(terms: SearchTerms): ListScenario[] {
  return [
    { key: 'list.firstPage', label: '列表：全部 首页', args: page({}) },
    {
      key: 'list.closedOffset1000',
      label: '列表：已结案 第1000条起50条',
      args: page({ status: 'closed', offset: 1000 }),
    },
    { key: 'list.reason', label: '列表：案由=加班费 首页', args: page({ reason: 'overtime' }) },
    {
      key: 'search.twoChars',
      label: `搜索：2字「${terms.twoChars}」(二元组索引)`,
      args: page({ query: terms.twoChars }),
    },
    {
      key: 'search.fullName',
      label: `搜索：姓名「${terms.fullName}」(FTS)`,
      args: page({ query: terms.fullName }),
    },
    {
      key: 'search.idNumber',
      label: '搜索：18位身份证号(精确键索引)',
      args: page({ query: terms.idNumber }),
    },
  ];
}

/** services.cases.list against its hand-written floor (list-floor.ts); first checks both return the same page. */
export function benchList(core: AppCore, scenario: ListScenario, plan: RunPlan): ListResult {
  const floor = createListFloor(core.db, scenario.args);
  const appPage = core.services.cases.list(scenario.args);
  const floorPage = floor();
  const matches =
    appPage.total === floorPage.total &&
    appPage.rows.length === floorPage.ids.length &&
    appPage.rows.every((r, i) => r.id === floorPage.ids[i]);
  const stats = measurePair(
    plan,
    () => () => void core.services.cases.list(scenario.args),
    () => () => void floor(),
  );
  return { ...scenario, ...stats, total: appPage.total, matches };
}
