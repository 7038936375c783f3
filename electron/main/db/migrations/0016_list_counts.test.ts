import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

/**
 * Migration 0016's kept counts against a fresh count of the rows: after the backfill of rows written at version
 * 15, and after any sequence of inserts, updates (status, kind, voided, deleted) and deletes of cases and of
 * case_reasons (the triggers).
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const freshDb = (version: number): Db => {
  const dir = mkdtempSync(join(tmpdir(), 'ldcs-0016-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'a.sqlite'));
  migrate(db, MIGRATIONS.slice(0, version), { backupDir: join(dir, 'backups') });
  // Only cases and case_reasons are written here, without their office or creator.
  db.pragma('foreign_keys = OFF');
  return db;
};

const STATUSES = ['received', 'accepted', 'closed'] as const;
const KINDS = ['mediation', 'arbitration'] as const;
const REASONS = ['overtime', 'wages', 'injury'] as const;

type Op =
  | { op: 'insert'; status: number; kind: number; voided: boolean; deleted: boolean; reasons: number[] }
  | { op: 'update'; at: number; status: number; kind: number; voided: boolean; deleted: boolean }
  | { op: 'delete'; at: number }
  | { op: 'reason'; at: number; reason: number; add: boolean };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    status: fc.nat(2),
    kind: fc.nat(1),
    voided: fc.boolean(),
    deleted: fc.boolean(),
    reasons: fc.uniqueArray(fc.nat(2), { maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant('update' as const),
    at: fc.nat(),
    status: fc.nat(2),
    kind: fc.nat(1),
    voided: fc.boolean(),
    deleted: fc.boolean(),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('reason' as const), at: fc.nat(), reason: fc.nat(2), add: fc.boolean() }),
);

function apply(db: Db, ops: readonly Op[], next: { n: number }): void {
  const ids = () =>
    (db.prepare('SELECT id FROM cases ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  for (const o of ops) {
    const all = ids();
    const pick = (at: number) => all[at % Math.max(1, all.length)];
    if (o.op === 'insert') {
      const id = `c${String(next.n++).padStart(4, '0')}`;
      db.prepare(
        `INSERT INTO cases (id, office_id, kind, provisional_no, status, received_date, reasons, is_collective,
           is_migrant_wage, created_at, created_by, updated_at, voided_at, deleted_at)
         VALUES (?, 'o', ?, ?, ?, '2026-01-01', '[]', 0, 0, 'x', 's', 'x', ?, ?)`,
      ).run(id, KINDS[o.kind], `P-${id}`, STATUSES[o.status], o.voided ? 'v' : null, o.deleted ? 'd' : null);
      for (const r of o.reasons)
        db.prepare('INSERT INTO case_reasons (reason, case_id) VALUES (?, ?)').run(REASONS[r], id);
    } else if (o.op === 'update') {
      const id = pick(o.at);
      if (id === undefined) continue;
      db.prepare('UPDATE cases SET status = ?, kind = ?, voided_at = ?, deleted_at = ? WHERE id = ?').run(
        STATUSES[o.status],
        KINDS[o.kind],
        o.voided ? 'v' : null,
        o.deleted ? 'd' : null,
        id,
      );
    } else if (o.op === 'delete') {
      const id = pick(o.at);
      if (id === undefined) continue;
      db.prepare('DELETE FROM case_reasons WHERE case_id = ?').run(id);
      db.prepare('DELETE FROM cases WHERE id = ?').run(id);
    } else {
      const id = pick(o.at);
      if (id === undefined) continue;
      if (o.add)
        db.prepare('INSERT OR IGNORE INTO case_reasons (reason, case_id) VALUES (?, ?)').run(
          REASONS[o.reason],
          id,
        );
      else db.prepare('DELETE FROM case_reasons WHERE case_id = ? AND reason = ?').run(id, REASONS[o.reason]);
    }
  }
}

/** The kept counts (zero rows left out) beside the same counts made from the rows now. */
function keptAndCounted(db: Db) {
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    kept: {
      cases: rows('SELECT status, kind, voided, n FROM case_counts WHERE n <> 0 ORDER BY 1, 2, 3'),
      reasons: rows('SELECT reason, n FROM case_reason_counts WHERE n <> 0 ORDER BY 1'),
    },
    counted: {
      cases: rows(
        `SELECT status, kind, voided_at IS NOT NULL AS voided, count(*) AS n FROM cases WHERE deleted_at IS NULL
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      ),
      reasons: rows('SELECT reason, count(*) AS n FROM case_reasons GROUP BY 1 ORDER BY 1'),
    },
  };
}

describe('migration 0016: the case list counts kept by triggers', () => {
  it('fills the counts from the rows already there, then keeps them through any writes', () => {
    fc.assert(
      fc.property(fc.array(arbOp, { maxLength: 25 }), fc.array(arbOp, { maxLength: 40 }), (before, after) => {
        const db = freshDb(15);
        try {
          const next = { n: 0 };
          apply(db, before, next);
          migrate(db, MIGRATIONS, { backupDir: join(dirs.at(-1) ?? tmpdir(), 'backups') });
          const filled = keptAndCounted(db);
          expect(filled.kept).toEqual(filled.counted);
          apply(db, after, next);
          const kept = keptAndCounted(db);
          expect(kept.kept).toEqual(kept.counted);
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
