import { Notification } from 'electron';
import type { DeadlineRow } from '../../../shared/contracts/procedure.schema';
import { todayInChina } from '../../../shared/util/clock';
import { selectAlerts } from '../services/deadline-alerts';
import type { Dispatcher } from './ipc-bridge';

export type DeadlineNotificationOptions = {
  dispatcher: Dispatcher;
  /** The signed-in window's session; null while no window is open. */
  sessionKey: () => string | null;
  onClick?: (caseId: string | undefined) => void;
  intervalMs?: number;
  now?: () => number;
};

/**
 * Desktop notifications for 期限待办: a morning summary and an alert when a deadline is two working days away
 * (selection logic in services/deadline-alerts.ts). Checks at start and then every 15 minutes; returns a stop function.
 */
export function startDeadlineNotifications(opts: DeadlineNotificationOptions): () => void {
  const sent = new Set<string>();
  const now = opts.now ?? Date.now;
  const check = async (): Promise<void> => {
    const key = opts.sessionKey();
    if (key === null || !Notification.isSupported()) return;
    // 本周到期 no longer repeats the overdue deadlines, so the summary asks for both windows.
    const [overdue, week] = await Promise.all(
      (['overdue', 'week'] as const).map((window) =>
        opts.dispatcher.dispatch('deadlines:list', { scope: 'mine', window }, { sessionKey: key }),
      ),
    );
    // Not signed in yet, or a list failed: try again at the next tick.
    if (overdue === undefined || week === undefined || !overdue.ok || !week.ok) return;
    const rows = [...(overdue.value as DeadlineRow[]), ...(week.value as DeadlineRow[])];
    const ms = now();
    const hour = new Date(ms + 8 * 3_600_000).getUTCHours();
    for (const alert of selectAlerts(rows, todayInChina(ms), hour, sent)) {
      for (const key of alert.keys) sent.add(key);
      const n = new Notification({ title: alert.title, body: alert.body });
      n.on('click', () => opts.onClick?.(alert.caseId));
      n.show();
    }
  };
  const run = () => void check().catch(() => undefined);
  run();
  const timer = setInterval(run, opts.intervalMs ?? 15 * 60_000);
  return () => clearInterval(timer);
}
