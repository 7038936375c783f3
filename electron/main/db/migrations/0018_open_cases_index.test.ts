import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { createCaseQueryRepo, OPEN_CASES } from '../repositories/case-query.repo';
import { MIGRATIONS } from './index';

/**
 * Migration 0018's index of open cases: the recompute's scan (`openCases`) is answered by it alone, and finds the
 * same cases with the same kinds as a scan of the table, for any mix of statuses, voids, deletions and closing
 * days, written before the migration or after it.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshDb = (version: number): Db => {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-0018-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'a.sqlite'));
  migrate(db, MIGRATIONS.slice(0, version), { backupDir: join(dir, 'backups') });
  // Only cases are written here, without their office or creator.
  db.pragma('foreign_keys = OFF');
  return db;
};

const STATUSES = ['received', 'accepted', 'closed', 'archived'] as const;
const KINDS = ['mediation', 'arbitration'] as const;
/** Closing days around the 120-day window, as offsets from today; null = not closed. */
const CLOSED = [null, 0, -119, -120, -121, -400] as const;
const planOf = (db: Db, sql: string, ...args: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail);

type Row = { status: number; kind: number; voided: boolean; deleted: boolean; closed: number };
const arbRow: fc.Arbitrary<Row> = fc.record({
  status: fc.nat(STATUSES.length - 1),
  kind: fc.nat(KINDS.length - 1),
  voided: fc.boolean(),
  deleted: fc.boolean(),
  closed: fc.nat(CLOSED.length - 1),
});

function insert(db: Db, rows: readonly Row[], next: { n: number }): void {
  const stmt = db.prepare(
    `INSERT INTO cases (id, office_id, kind, provisional_no, status, received_date, reasons, is_collective,
       is_migrant_wage, created_at, created_by, updated_at, voided_at, deleted_at, closed_date)
     VALUES (?, 'o', ?, ?, ?, '2026-01-01', '[]', 0, 0, 'x', 's', 'x', ?, ?,
       CASE WHEN ? IS NULL THEN NULL ELSE date('now', ? || ' days') END)`,
  );
  for (const r of rows) {
    const id = `c${String(next.n++).padStart(4, '0')}`;
    const closed = CLOSED[r.closed] ?? null;
    stmt.run(
      id,
      KINDS[r.kind],
      `P-${id}`,
      STATUSES[r.status],
      r.voided ? 'v' : null,
      r.deleted ? 'd' : null,
      closed,
      closed,
    );
  }
}

/** The same scan with the index set aside: what the table itself says. */
const fromTable = (db: Db) =>
  db
    .prepare(`SELECT id, kind ${OPEN_CASES.replace('FROM cases', 'FROM cases NOT INDEXED')} ORDER BY id`)
    .raw(true)
    .all() as [string, string][];

describe('migration 0018: the index of open cases', () => {
  it('answers the open-case scan alone, in id order', () => {
    const db = freshDb(MIGRATIONS.length);
    try {
      expect(planOf(db, `SELECT id, kind ${OPEN_CASES} AND id > ? ORDER BY id LIMIT ?`, '', -1)).toEqual([
        'SEARCH cases USING COVERING INDEX idx_cases_open (id>?)',
      ]);
    } finally {
      db.close();
    }
  });

  it('finds the open cases and their kinds as the table does, rows written before it and after', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 30 }),
        fc.array(arbRow, { maxLength: 30 }),
        (before, after) => {
          const db = freshDb(17);
          try {
            const next = { n: 0 };
            insert(db, before, next);
            migrate(db, MIGRATIONS, { backupDir: join(dirs.at(-1) ?? tmpdir(), 'backups') });
            insert(db, after, next);
            // A case archived or voided since leaves the index.
            db.exec("UPDATE cases SET status = 'archived' WHERE id = 'c0001'");
            db.exec("UPDATE cases SET voided_at = 'v' WHERE id = 'c0002'");
            const scanned = createCaseQueryRepo(db).openCases();
            expect(scanned.ids.map((id, i) => [id, scanned.kinds[i]])).toEqual(fromTable(db));
            const paged = createCaseQueryRepo(db).openCases('c0003', 5);
            expect(paged.ids).toEqual(
              fromTable(db)
                .map(([id]) => id)
                .filter((id) => id > 'c0003')
                .slice(0, 5),
            );
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
