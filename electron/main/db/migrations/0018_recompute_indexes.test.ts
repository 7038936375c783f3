import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { createCaseQueryRepo, OPEN_CASES } from '../repositories/case-query.repo';
import { createEventRepo } from '../repositories/event.repo';
import { MIGRATIONS } from './index';

/**
 * Migration 0018's indexes. The open cases': the recompute's scan (`openCases`) is answered by it alone, and
 * finds the same cases with the same kinds as a scan of the table, for any mix of statuses, voids, deletions and
 * closing days, written before the migration or after it. The case log's: every statement of the event
 * repository reads it alone, and reads the same logs as the index it replaces (event-log.test below).
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

type Ev = {
  at: number;
  type: number;
  day: number;
  recorded: number;
  supersedes: number | null;
  deleted: boolean;
};
const TYPES = [
  'case.received',
  'arb.accept',
  'service.record',
  'event.voided',
  'arb.hearingScheduled',
] as const;
const arbEvent: fc.Arbitrary<Ev> = fc.record({
  at: fc.nat(4),
  type: fc.nat(TYPES.length - 1),
  // Few days and few recording times, so ties on both are common (the id then decides the order).
  day: fc.nat(3),
  recorded: fc.nat(2),
  supersedes: fc.option(fc.nat(), { nil: null }),
  deleted: fc.boolean(),
});

/** Events of five cases, each with its own payload; a correction or void points at an earlier event. */
function insertEvents(db: Db, events: readonly Ev[], next: { n: number }): void {
  const stmt = db.prepare(
    `INSERT INTO events (id, case_id, office_id, type, occurred_on, recorded_at, payload, supersedes_event_id, hlc,
       deleted_at) VALUES (?, ?, 'o', ?, ?, ?, ?, ?, 'h', ?)`,
  );
  for (const e of events) {
    const id = `e${String(next.n++).padStart(4, '0')}`;
    const before =
      e.supersedes === null || next.n < 2 ? null : `e${String(e.supersedes % (next.n - 1)).padStart(4, '0')}`;
    stmt.run(
      id,
      `c${e.at}`,
      TYPES[e.type],
      `2026-01-0${e.day + 1}`,
      `2026-01-01T00:00:0${e.recorded}Z`,
      JSON.stringify({ n: next.n, document: 'hearing_notice' }),
      before,
      e.deleted ? 'd' : null,
    );
  }
}

/** Everything the event repository reads of the five cases' logs. */
function logs(db: Db) {
  const repo = createEventRepo(db);
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4'];
  return {
    many: [...repo.listForFoldMany(ids, ['service.record', 'arb.hearingScheduled'])],
    one: ids.map((id) => repo.listForFold(id)),
    timeline: ids.map((id) => repo.listByCase(id)),
    last: ids.map((id) => repo.lastActivityOn(id)),
  };
}

describe('migration 0018: the index of the case logs', () => {
  it('answers every log read of the event repository alone, in order, without a sort', () => {
    const db = freshDb(MIGRATIONS.length);
    try {
      const statements: string[] = [];
      const prepare = db.prepare.bind(db);
      const spy = Object.assign(Object.create(db) as Db, {
        prepare: (sql: string) => (statements.push(sql), prepare(sql)),
      });
      createEventRepo(spy);
      const reads = statements.filter((s) => /FROM events/.test(s) && !/JOIN staff/.test(s));
      expect(reads).toHaveLength(3);
      for (const sql of reads) {
        const args: unknown[] = /@ids/.test(sql)
          ? [{ ids: '[]', types: '[]' }]
          : Array.from({ length: sql.split('?').length - 1 }, () => 'c0');
        const plan = planOf(db, sql, ...args).filter((d) => /events|TEMP/.test(d));
        expect(plan.length).toBeGreaterThan(0);
        for (const d of plan)
          expect(d).toMatch(/^SEARCH events USING COVERING INDEX idx_events_case_log \(case_id=\?\)$/);
      }
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE name = 'idx_events_case_id'").get(),
      ).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('reads the same logs as before it, events written before it and after', () => {
    fc.assert(
      fc.property(
        fc.array(arbEvent, { maxLength: 25 }),
        fc.array(arbEvent, { maxLength: 15 }),
        (before, after) => {
          const db = freshDb(17);
          try {
            const next = { n: 0 };
            insertEvents(db, before, next);
            const old = logs(db);
            migrate(db, MIGRATIONS, { backupDir: join(dirs.at(-1) ?? tmpdir(), 'backups') });
            expect(logs(db)).toEqual(old);
            insertEvents(db, after, next);
            const now = logs(db);
            // The same reads with the new index set aside: what the table itself says.
            db.exec('DROP INDEX idx_events_case_log');
            expect(now).toEqual(logs(db));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
