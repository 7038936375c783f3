import type { DeadlineRow as ListedRow, DeadlineView } from '../../../../shared/contracts/procedure.schema';
import type { RuleTerms } from '../../../../shared/deadlines';
import type { Db } from '../connection';
import { caseDigest, columnValues, COLUMNS, fingerprint, termsText } from './deadline-digest';
import { createDeadlineDigestReader } from './deadline-digest-reader';
import { toColumns, toView, type DeadlineRow, type ProjectedDeadline } from './deadline-row';

export type { ProjectedDeadline } from './deadline-row';

type Row = DeadlineRow & { terms: string };

function parseTerms(text: string): RuleTerms {
  const [label, responsible, unit, informational, citation, direction, count, beforeReading] = JSON.parse(
    text,
  ) as [string, string, string, boolean, string, string, number, string];
  return { label, responsible, unit, informational, citation, direction, count, beforeReading } as RuleTerms;
}

/** Whose deadlines 期限待办 lists (the handler decides from the signed-in user's roles and office). */
export type DeadlineScope =
  | { kind: 'mine'; staffId: string; caseIds: readonly string[] }
  | { kind: 'offices'; officeIds: readonly string[] }
  | { kind: 'all' };

/**
 * The deadline projection: rewritten per case whenever its log changes, queried by 期限待办. A row keeps its
 * explanation's basis and points at its rule's terms (migration 0013); the explanation is built as it is read.
 */
export function createDeadlineRepo(db: Db) {
  // The digest of each case's rows as last written here (migration 0015; dropped by a trigger on any other
  // write of the case's rows), and the stored rows of the cases whose digest differs, as arrays in COLUMNS order.
  const digests = createDeadlineDigestReader(db);
  const putDigest = db.prepare<[string, number]>(
    'INSERT OR REPLACE INTO case_deadline_digests (case_id, digest) VALUES (?, ?)',
  );
  const stored = db
    .prepare<[string], unknown[]>(
      `SELECT case_id, rule_id, ${COLUMNS.join(', ')} FROM case_deadlines
       WHERE case_id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true);
  const remove = db.prepare<[string, string]>('DELETE FROM case_deadlines WHERE case_id = ? AND rule_id = ?');
  const put = db.prepare(
    `INSERT OR REPLACE INTO case_deadlines (case_id, rule_id, terms_id, start_date, due_date, status, completed_on,
       days_left, gap, basis)
     VALUES (@case_id, @rule_id, @terms_id, @start_date, @due_date, @status, @completed_on, @days_left, @gap, @basis)`,
  );
  const termsId = db.prepare<[string], { id: number }>('SELECT id FROM deadline_rule_terms WHERE terms = ?');
  const addTerms = db.prepare<[string], { id: number }>(
    'INSERT INTO deadline_rule_terms (terms) VALUES (?) RETURNING id',
  );
  /**
   * The terms' ids for one call. Never kept across calls: a terms row inserted by a transaction that rolled back
   * would leave a cached id that a later, different rule version could be given. Within one call (inside the
   * caller's transaction) an id cannot go stale, and a chunk of cases shares a few dozen versions at most.
   */
  const termsIds = () => {
    const known = new Map<string, number>();
    // The engine hands out one terms object per rule (ruleTerms), so most lookups need not even build the text.
    const same = new Map<RuleTerms, number>();
    return (terms: RuleTerms): number => {
      let id = same.get(terms);
      if (id !== undefined) return id;
      const text = termsText(terms);
      id = known.get(text);
      if (id === undefined) {
        const row = termsId.get(text) ?? addTerms.get(text);
        if (row === undefined) throw new Error('deadline_rule_terms: INSERT … RETURNING gave no row');
        known.set(text, (id = row.id));
      }
      same.set(terms, id);
      return id;
    };
  };
  /**
   * Makes each named case's rows its deadlines, writing only the rows that differ: a recompute of every open
   * case (rules or calendar changed, a pull page) mostly finds its rows as they were, and then writes nothing.
   * A case whose computed rows have the digest stored for it is as it was without reading its rows; the others
   * are compared row by row, written where they differ, and get their new digest.
   */
  function replaceMany(projections: ReadonlyMap<string, readonly ProjectedDeadline[]>): void {
    const known = digests.digestsOf([...projections.keys()]);
    const idOfTerms = termsIds();
    const stale: { caseId: string; deadlines: readonly ProjectedDeadline[]; digest: number }[] = [];
    for (const [caseId, deadlines] of projections) {
      // idOfTerms always gives an id here (it inserts missing terms), so the digest is always a number.
      const digest = caseDigest(deadlines, idOfTerms) as number;
      if (known.get(caseId) !== digest) stale.push({ caseId, deadlines, digest });
    }
    if (stale.length === 0) return;
    // Each stored row of those cases as one string of its compared columns, keyed by case and rule.
    const before = new Map<string, string>();
    for (const r of stored.all(JSON.stringify(stale.map((c) => c.caseId))))
      before.set(`${r[0] as string}\u0000${r[1] as string}`, fingerprint(r, 2));
    for (const { caseId, deadlines } of stale) {
      for (const d of deadlines) {
        const columns = toColumns(d);
        const termsId = idOfTerms(d.basis.terms);
        const key = `${caseId}\u0000${d.ruleId}`;
        const was = before.get(key);
        before.delete(key);
        if (was === fingerprint(columnValues(termsId, columns), 0)) continue;
        put.run({ case_id: caseId, rule_id: d.ruleId, terms_id: termsId, ...columns });
      }
    }
    // What is left is stored and given by no rule any more.
    for (const key of before.keys()) {
      const cut = key.indexOf('\u0000');
      remove.run(key.slice(0, cut), key.slice(cut + 1));
    }
    // Last: every write above dropped its case's digest (migration 0015's triggers).
    for (const { caseId, digest } of stale) putDigest.run(caseId, digest);
  }
  // Parsed terms by their text (content, so never stale); a rule set has a few dozen versions at most.
  const parsed = new Map<string, RuleTerms>();
  const termsOf = (text: string): RuleTerms => {
    let t = parsed.get(text);
    if (t === undefined) {
      if (parsed.size > 1000) parsed.clear();
      parsed.set(text, (t = parseTerms(text)));
    }
    return t;
  };
  const view = (r: Row): DeadlineView => toView(r, termsOf(r.terms));
  const byCase = db.prepare<[string], Row>(
    `SELECT d.*, t.terms FROM case_deadlines d JOIN deadline_rule_terms t ON t.id = d.terms_id
     WHERE d.case_id = ? ORDER BY d.due_date IS NULL, d.due_date, d.rule_id`,
  );
  // Collective disputes come first among deadlines due the same day: 优先立案，优先审理 (办案规则 art 5).
  const open = db.prepare<
    {
      from: string;
      until: string;
      mine: number;
      handlerId: string | null;
      ids: string;
      offices: string | null;
      handler: string | null;
    },
    Row & {
      case_no: string;
      kind: 'mediation' | 'arbitration';
      handler_id: string | null;
      handler_name: string | null;
      applicants: string | null;
      respondents: string | null;
    }
  >(
    `SELECT d.*, t.terms, c.display_no AS case_no, c.kind, c.handler_id, s.name AS handler_name,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.deleted_at IS NULL) AS applicants,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'respondent' AND p.deleted_at IS NULL) AS respondents
     FROM case_deadlines d JOIN deadline_rule_terms t ON t.id = d.terms_id JOIN cases c ON c.id = d.case_id
       LEFT JOIN staff s ON s.id = c.handler_id
     WHERE d.status IN ('pending', 'overdue', 'paused')
       AND (d.due_date IS NULL OR (d.due_date >= @from AND d.due_date <= @until))
       AND (@mine = 0 OR c.id IN (SELECT value FROM json_each(@ids)) OR (c.handler_id IS NULL AND c.created_by = @handlerId))
       AND (@offices IS NULL OR c.office_id IN (SELECT value FROM json_each(@offices)))
       AND (@handler IS NULL OR (@handler = '' AND c.handler_id IS NULL) OR c.handler_id = @handler)
       AND c.deleted_at IS NULL AND c.voided_at IS NULL
     ORDER BY d.due_date IS NULL, d.due_date, c.is_collective DESC, c.display_no LIMIT 2000`,
  );
  return {
    /**
     * Makes the case's rows these deadlines, writing only the rows that changed: a recompute of every open case
     * (rules or calendar changed, a pull page) mostly finds its rows as they were.
     */
    /** One case's rows made its deadlines (see `replaceMany`). */
    replace(caseId: string, deadlines: readonly ProjectedDeadline[]): void {
      replaceMany(new Map([[caseId, deadlines]]));
    },
    replaceMany,
    listByCase: (caseId: string): DeadlineView[] => byCase.all(caseId).map(view),
    /**
     * Open deadlines due from `from` to `until` (both inclusive; a deadline the calendar cannot date is always
     * listed). Whose: `mine` — the cases in this person's list (`caseIds`, from the AB角 cover rules) plus
     * unassigned cases they registered; `offices` — every case of these offices; `all` — every case. `handler`
     * narrows to one A角 ('' = cases without one).
     */
    listOpen(
      window: { from: string; until: string },
      whose: DeadlineScope,
      handler: string | null = null,
    ): Omit<ListedRow, 'escalation'>[] {
      return open
        .all({
          ...window,
          mine: whose.kind === 'mine' ? 1 : 0,
          handlerId: whose.kind === 'mine' ? whose.staffId : null,
          ids: JSON.stringify(whose.kind === 'mine' ? whose.caseIds : []),
          offices: whose.kind === 'offices' ? JSON.stringify(whose.officeIds) : null,
          handler,
        })
        .map((r) => ({
          ...view(r),
          caseId: r.case_id,
          caseNo: r.case_no,
          caseKind: r.kind,
          applicants: r.applicants ?? '',
          respondents: r.respondents ?? '',
          handlerId: r.handler_id,
          handlerName: r.handler_name,
        }));
    },
  };
}
export type DeadlineRepo = ReturnType<typeof createDeadlineRepo>;
