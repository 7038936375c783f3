import type { DeadlineRow, DeadlineView } from '../../../../shared/contracts/procedure.schema';
import type { Db } from '../connection';

type Row = {
  case_id: string;
  rule_id: string;
  label: string;
  responsible: string;
  unit: string;
  informational: number;
  start_date: string | null;
  due_date: string | null;
  status: string;
  completed_on: string | null;
  days_left: number | null;
  explanation: string;
  citation: string;
  gap: string | null;
};

const toView = (r: Row): DeadlineView => ({
  ruleId: r.rule_id,
  label: r.label,
  responsible: r.responsible,
  unit: r.unit,
  informational: r.informational === 1,
  startDate: r.start_date,
  dueDate: r.due_date,
  status: r.status,
  completedOn: r.completed_on,
  daysLeft: r.days_left,
  explanation: r.explanation,
  citation: r.citation,
  gap: r.gap,
});

/** Whose deadlines 期限待办 lists (the handler decides from the signed-in user's roles and office). */
export type DeadlineScope =
  | { kind: 'mine'; staffId: string; caseIds: readonly string[] }
  | { kind: 'offices'; officeIds: readonly string[] }
  | { kind: 'all' };

/** The deadline projection: rewritten per case whenever its log changes, queried by 期限待办. */
export function createDeadlineRepo(db: Db) {
  const clear = db.prepare('DELETE FROM case_deadlines WHERE case_id = ?');
  const insert = db.prepare(
    `INSERT INTO case_deadlines (case_id, rule_id, label, responsible, unit, informational, start_date, due_date, status,
       completed_on, days_left, explanation, citation, gap)
     VALUES (@caseId, @ruleId, @label, @responsible, @unit, @informational, @startDate, @dueDate, @status,
       @completedOn, @daysLeft, @explanation, @citation, @gap)`,
  );
  const byCase = db.prepare<[string], Row>(
    'SELECT * FROM case_deadlines WHERE case_id = ? ORDER BY due_date IS NULL, due_date, rule_id',
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
    `SELECT d.*, c.display_no AS case_no, c.kind, c.handler_id, s.name AS handler_name,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'applicant' AND p.deleted_at IS NULL) AS applicants,
       (SELECT group_concat(p.name, '、') FROM parties p WHERE p.case_id = c.id AND p.role = 'respondent' AND p.deleted_at IS NULL) AS respondents
     FROM case_deadlines d JOIN cases c ON c.id = d.case_id LEFT JOIN staff s ON s.id = c.handler_id
     WHERE d.status IN ('pending', 'overdue', 'paused')
       AND (d.due_date IS NULL OR (d.due_date >= @from AND d.due_date <= @until))
       AND (@mine = 0 OR c.id IN (SELECT value FROM json_each(@ids)) OR (c.handler_id IS NULL AND c.created_by = @handlerId))
       AND (@offices IS NULL OR c.office_id IN (SELECT value FROM json_each(@offices)))
       AND (@handler IS NULL OR (@handler = '' AND c.handler_id IS NULL) OR c.handler_id = @handler)
       AND c.deleted_at IS NULL AND c.voided_at IS NULL
     ORDER BY d.due_date IS NULL, d.due_date, c.is_collective DESC, c.display_no LIMIT 2000`,
  );
  const withStatus = db.prepare<[string], { case_id: string }>(
    'SELECT DISTINCT case_id FROM case_deadlines WHERE status = ?',
  );
  return {
    /** The cases with at least one deadline in this status. */
    caseIdsWithStatus: (status: string): string[] => withStatus.all(status).map((r) => r.case_id),
    replace(caseId: string, views: readonly DeadlineView[]): void {
      clear.run(caseId);
      for (const v of views) insert.run({ caseId, ...v, informational: v.informational ? 1 : 0 });
    },
    listByCase: (caseId: string): DeadlineView[] => byCase.all(caseId).map(toView),
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
    ): Omit<DeadlineRow, 'escalation'>[] {
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
          ...toView(r),
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
