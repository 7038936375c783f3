import type { Db } from './connection';

export type IntegrityReport = { ok: boolean; problems: string[] };

/**
 * SQLite's own check of the file: `quick` (PRAGMA quick_check: page structure, no index-content cross-check, fast
 * enough after start on a large file) or full (PRAGMA integrity_check). At most `max` problems are listed.
 */
export function checkIntegrity(db: Db, opts: { quick?: boolean; max?: number } = {}): IntegrityReport {
  const pragma = opts.quick === true ? 'quick_check' : 'integrity_check';
  const rows = db.pragma(`${pragma}(${Math.max(1, Math.trunc(opts.max ?? 20))})`) as Record<string, string>[];
  const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((p) => p !== 'ok');
  return { ok: problems.length === 0, problems };
}
