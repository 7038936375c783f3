import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/main/db/migrations/index';
import { SERVER_MIGRATIONS } from '../../server/db/migrations/index';
import { ENTITY_SPECS } from '../../shared/sync/entities';
import { nonAdditiveStatements } from './additive-sql';

/**
 * Both migration chains only add to synced tables after their first migration (issue 11 item 1): the desktop's
 * SQLite chain on the entity tables of ENTITY_SPECS, the server's PostgreSQL chain on the rows, the feed and
 * the recorded outcomes.
 */
const DESKTOP_SYNCED = Object.values(ENTITY_SPECS).map((s) => s.table);
const SERVER_SYNCED = ['entity_rows', 'change_log', 'mutation_outcomes'];

/** A migration written as a function is read through its source text, so its SQL strings are checked too. */
const textOf = (up: string | ((...args: never[]) => unknown)): string =>
  typeof up === 'string' ? up : up.toString();

describe('migrations are additive on synced tables', () => {
  it.each(MIGRATIONS.slice(1).map((m) => [m.name, m] as const))('desktop %s', (_name, m) => {
    expect(nonAdditiveStatements(textOf(m.up), DESKTOP_SYNCED)).toEqual([]);
  });

  it.each(SERVER_MIGRATIONS.slice(1).map((m) => [m.name, m] as const))('server %s', (_name, m) => {
    expect(nonAdditiveStatements(m.up, SERVER_SYNCED)).toEqual([]);
  });

  it('has both chains to check (the first migration of each is the baseline)', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    expect(SERVER_MIGRATIONS.length).toBeGreaterThan(0);
  });
});

describe('the additive check itself', () => {
  const refused = [
    'ALTER TABLE cases DROP COLUMN summary;',
    'ALTER TABLE cases RENAME COLUMN summary TO facts;',
    'ALTER TABLE "cases" RENAME TO old_cases;',
    'ALTER TABLE cases_new RENAME TO cases;',
    'DROP TABLE cases;',
    'DROP TABLE IF EXISTS tmp, parties CASCADE;',
    'UPDATE cases SET status = 1;',
    'DELETE FROM parties WHERE 1;',
    'INSERT INTO claims (id) VALUES (1);',
    'ALTER TABLE entity_rows ALTER COLUMN data TYPE text;',
    'ALTER TABLE public.change_log ALTER COLUMN office_id DROP NOT NULL;',
    'ALTER TABLE ONLY mutation_outcomes ADD COLUMN note text, DROP COLUMN reason;',
    "ALTER TABLE entity_rows ADD CONSTRAINT one_office CHECK (office_id <> '');",
    'TRUNCATE change_log;',
  ];
  it.each(refused)('refuses %s', (sql) => {
    expect(nonAdditiveStatements(sql, [...DESKTOP_SYNCED, ...SERVER_SYNCED])).toEqual([
      sql.replace(/;$/, '').replace('"cases"', 'cases').replace('public.', ''),
    ]);
  });

  it('allows what only adds, and leaves other tables alone', () => {
    const sql = `
      -- DROP TABLE cases; it's a comment, not a statement
      ALTER TABLE cases ADD COLUMN voided_at TEXT;
      ALTER TABLE cases ADD note TEXT DEFAULT 'a, b; DROP TABLE cases';
      ALTER TABLE entity_rows ADD COLUMN IF NOT EXISTS x jsonb, ADD COLUMN y numeric(10, 2);
      ALTER TABLE entity_rows ENABLE ROW LEVEL SECURITY;
      CREATE POLICY office_rows ON entity_rows USING (office_id = current_setting('app.office_ids'));
      CREATE INDEX idx_cases_voided_at ON cases (voided_at);
      CREATE TABLE case_links (id TEXT PRIMARY KEY);
      CREATE TRIGGER t AFTER INSERT ON events BEGIN UPDATE cases SET updated_at = 1; DELETE FROM parties; END;
      DROP TABLE scratch;
      UPDATE case_deadlines SET status = 'open';
      ALTER TABLE scratch DROP COLUMN x;
    `;
    expect(nonAdditiveStatements(sql, [...DESKTOP_SYNCED, ...SERVER_SYNCED])).toEqual([]);
  });
});
