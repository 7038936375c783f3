import type { Db } from '../../electron/main/db/connection';
import {
  buildCaseFilter,
  SORT_SQL,
  SUMMARY_COLUMNS,
} from '../../electron/main/db/repositories/case-query.repo';
import type { ListCasesArgs } from '../../shared/domain/case/case.schema';

export type FloorPage = { total: number; ids: string[] };

/**
 * Floor for a list page: the very SQL caseQuery.list runs (count + page, WHERE from buildCaseFilter), prepared
 * once and bound once, returning raw rows — no argument routing, statement-cache lookup or row mapping.
 */
export function createListFloor(db: Db, args: ListCasesArgs): () => FloorPage {
  const { where, params } = buildCaseFilter(args);
  const dir = args.dir === 'asc' ? 'ASC' : 'DESC';
  const count = db.prepare<[Record<string, string>], { n: number }>(
    `SELECT count(*) AS n FROM cases c WHERE ${where}`,
  );
  const page = db.prepare<[Record<string, string | number>], { id: string }>(
    `SELECT ${SUMMARY_COLUMNS} FROM cases c WHERE ${where} ORDER BY ${SORT_SQL[args.sort]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset`,
  );
  const pageParams = { ...params, limit: args.limit, offset: args.offset };
  return () => {
    const total = count.get(params)?.n ?? 0;
    const rows = page.all(pageParams);
    return { total, ids: rows.map((r) => r.id) };
  };
}
