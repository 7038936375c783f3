import type { Db } from '../connection';

/**
 * A second dictionary for acknowledged outbox args (issue 12 item 5, "small on disk"; outbox-args-dictionary.ts):
 * `args_dict` may now be 2. Migration 0013 declared the column `CHECK (args_dict IN (1))`.
 *
 * Widening a CHECK changes no stored byte, so this uses SQLite's own procedure for such a change ("Making other
 * kinds of table schema changes", sqlite.org/lang_altertable.html) instead of rebuilding the outbox, which the
 * audit's foreign key points at: inside the migration's transaction, the table's definition in sqlite_schema is
 * rewritten with the wider CHECK, the schema version is moved on so every connection re-reads it, and the table
 * is checked. better-sqlite3 refuses writes to sqlite_schema unless its unsafe mode is on; it is on for those few
 * statements only. Every existing row satisfies the wider check (it allowed 1 and NULL, and still does).
 *
 * The outbox is local (never synced): nothing on the wire changes.
 */
const FROM = 'args_dict INTEGER CHECK (args_dict IN (1))';
const TO = 'args_dict INTEGER CHECK (args_dict IN (1, 2))';

export function up(db: Db): void {
  const row = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'outbox'")
    .get();
  if (row === undefined || !row.sql.includes(FROM))
    throw new Error('outbox is not declared as migration 0013 left it; not changing it');
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'outbox'").run(
      row.sql.replace(FROM, TO),
    );
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
  const check = db.pragma('integrity_check(outbox)', { simple: true });
  if (check !== 'ok') throw new Error(`outbox failed its check after widening args_dict: ${String(check)}`);
}
