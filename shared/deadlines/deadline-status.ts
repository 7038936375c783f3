/**
 * pending   – running, not yet done;             met / met_late – done on time / after the due date;
 * overdue   – a duty past its due date;           expired – a party's option that lapsed unused (an
 *             `informational` rule: a suit not brought, no defence filed — nothing is owed, so never 'overdue');
 * cancelled – no longer needed before it fell due (the case ended another way);
 * missed    – a duty that passed its due date undone and only later stopped being needed: it stays a missed
 *             deadline (超期, issue 10 item 6), with its due date and the day it became moot (`cancelledOn`);
 * paused    – an excluded period is running now.
 */
export type DeadlineStatus =
  'pending' | 'met' | 'met_late' | 'overdue' | 'missed' | 'expired' | 'cancelled' | 'paused';
