import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';

export type DeadlineAlert = { key: string; title: string; body: string; caseId?: string };

/** Working days ahead at which a single deadline is announced (issue: "two working days away"). */
export const ALERT_DAYS_AHEAD = 2;

/**
 * What the desktop should announce today for one user's open deadlines: a morning summary once a day, and one
 * alert per deadline that is exactly two working days away. `sent` holds keys already shown, so a restart or a
 * second check the same day repeats nothing.
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
      key: morningKey,
      title: '今日期限待办',
      body: `已超期 ${overdue} 项，今日到期 ${dueToday} 项，本周共 ${rows.length} 项。`,
    });
  for (const r of rows) {
    if (r.daysLeft !== ALERT_DAYS_AHEAD || r.dueDate === null) continue;
    const key = `due:${r.caseId}:${r.ruleId}:${r.dueDate}`;
    if (sent.has(key)) continue;
    alerts.push({
      key,
      title: `期限提醒：${r.label}`,
      body: `${r.caseNo}（${r.applicants}）将于 ${r.dueDate} 到期，还有 ${ALERT_DAYS_AHEAD} 个工作日。`,
      caseId: r.caseId,
    });
  }
  return alerts;
}
