import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';

/** `keys`: what the alert covers, so each is announced once. Title and body never name a person (below). */
export type DeadlineAlert = { keys: readonly string[]; title: string; body: string; caseId?: string };

/** Working days ahead at which a single deadline is announced (issue: "two working days away"). */
export const ALERT_DAYS_AHEAD = 2;

/**
 * What the desktop should announce today for one user's open deadlines: a morning summary once a day, and one
 * alert for the deadlines exactly two working days away. `sent` holds keys already shown, so a restart or a
 * second check the same day repeats nothing.
 *
 * Counts only, never a party's name, a case number or a rule's wording (issue 15 item 3): a notification shows
 * on a locked screen and over whatever else is on the desk, to anyone passing by. The details are one click away
 * in 期限待办, behind the sign-in.
 */
export function selectAlerts(
  rows: readonly DeadlineRow[],
  today: string,
  hour: number,
  sent: ReadonlySet<string>,
): DeadlineAlert[] {
  const alerts: DeadlineAlert[] = [];
  const overdue = rows.filter((r) => r.status === 'overdue').length;
  const dueToday = rows.filter((r) => r.dueDate === today).length;
  const morningKey = `morning:${today}`;
  if (hour >= 8 && !sent.has(morningKey) && (overdue > 0 || dueToday > 0 || rows.length > 0))
    alerts.push({
      keys: [morningKey],
      title: '今日期限待办',
      body: `已超期 ${overdue} 项，今日到期 ${dueToday} 项，本周共 ${rows.length} 项。`,
    });
  const due = rows.flatMap((r) =>
    r.daysLeft !== ALERT_DAYS_AHEAD || r.dueDate === null
      ? []
      : [{ key: `due:${r.caseId}:${r.ruleId}:${r.dueDate}`, caseId: r.caseId }],
  );
  const fresh = due.filter((d) => !sent.has(d.key));
  const cases = [...new Set(fresh.map((d) => d.caseId))];
  if (fresh.length > 0)
    alerts.push({
      keys: fresh.map((d) => d.key),
      title: '期限提醒',
      body: `有 ${cases.length} 件案件的期限将于 ${ALERT_DAYS_AHEAD} 个工作日后到期，请在期限待办中查看。`,
      ...(cases.length === 1 && cases[0] !== undefined ? { caseId: cases[0] } : {}),
    });
  return alerts;
}
