/**
 * Reads migration SQL and lists the statements that do more than add to a synced table. A desktop and the
 * server at different versions sync the same rows (docs/sync.md §2.13), so those tables may only gain: new
 * tables, indexes, columns (and row-level security, which changes who sees rows, not their shape). Dropping,
 * renaming or retyping a column, dropping or replacing the table, or changing its rows in a migration (which
 * no other machine would hear about) is refused.
 */

/**
 * One pass over the text: comments become a space and string literals become '' (so a quote in a comment, or a
 * comma or semicolon in a default value, cannot confuse what follows).
 */
function blankCommentsAndStrings(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const two = sql.slice(i, i + 2);
    if (two === '--') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end;
      out += ' ';
    } else if (two === '/*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += ' ';
    } else if (sql[i] === "'") {
      i++;
      while (i < sql.length && !(sql[i] === "'" && sql[i + 1] !== "'")) i += sql[i] === "'" ? 2 : 1;
      i++;
      out += "''";
    } else {
      out += sql[i];
      i++;
    }
  }
  return out;
}

/** Comments, strings, quoted identifiers, schema prefixes and code bodies (triggers, $$ functions) out of the way. */
function normalise(sql: string): string {
  return blankCommentsAndStrings(sql)
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, ' $$body$$ ')
    .replace(
      /\bCREATE\s+(?:TEMP\s+|TEMPORARY\s+)?TRIGGER\b[\s\S]*?\bBEGIN\b[\s\S]*?\bEND\b/gi,
      'CREATE TRIGGER',
    )
    .replace(/"([A-Za-z_][A-Za-z0-9_]*)"/g, '$1')
    .replace(/\b(?:public|main)\./gi, '')
    .replace(/\s+/g, ' ');
}

/** Splits an ALTER TABLE action list on commas outside parentheses. */
function actions(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const ADD_CONSTRAINT = /^ADD (CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE)\b/i;
const ALLOWED_ACTION =
  /^(ADD( COLUMN)?( IF NOT EXISTS)? \w+|ENABLE ROW LEVEL SECURITY|FORCE ROW LEVEL SECURITY)\b/i;

export function nonAdditiveStatements(sql: string, syncedTables: readonly string[]): string[] {
  const synced = new Set(syncedTables.map((t) => t.toLowerCase()));
  const isSynced = (name: string | undefined): boolean =>
    name !== undefined && synced.has(name.toLowerCase());
  const found: string[] = [];
  for (const raw of normalise(sql).split(';')) {
    const stmt = raw.trim();
    if (!stmt) continue;
    const alter = /^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\w+) (.*)$/i.exec(stmt);
    if (alter) {
      const [, table, rest = ''] = alter;
      const renamedTo = /^RENAME TO (\w+)/i.exec(rest)?.[1];
      if (isSynced(renamedTo)) found.push(stmt);
      else if (
        isSynced(table) &&
        actions(rest).some((a) => ADD_CONSTRAINT.test(a) || !ALLOWED_ACTION.test(a))
      )
        found.push(stmt);
      continue;
    }
    const drop = /^DROP TABLE (?:IF EXISTS )?(.*?)(?: CASCADE| RESTRICT)?$/i.exec(stmt);
    if (drop && (drop[1] ?? '').split(',').some((t) => isSynced(t.trim()))) {
      found.push(stmt);
      continue;
    }
    const rows =
      /^(?:DELETE FROM|UPDATE|TRUNCATE(?: TABLE)?|INSERT (?:OR \w+ )?INTO|REPLACE INTO) (?:ONLY )?(\w+)/i.exec(
        stmt,
      );
    if (rows && isSynced(rows[1])) found.push(stmt);
  }
  return found;
}
