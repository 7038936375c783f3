import type { ServerDb } from '../../server/db/types';

/**
 * Where the server's database connections spend a load run, sampled from pg_stat_activity every 100 ms: waiting
 * for a lock (named by the statement that waits — the feed counter's row, the audit chain's advisory lock),
 * idle inside a transaction (waiting for the server process to send the next statement), running, or idle.
 * A diagnostic beside the figures, to say which wait bounds the throughput; it is never a pass/fail.
 */
export type ActivitySampler = { stop(): Promise<Record<string, number>> };

const bucket = (r: {
  state: string | null;
  wait_event_type: string | null;
  query: string | null;
}): string => {
  const q = (r.query ?? '').replace(/\s+/g, ' ').trim();
  if (r.wait_event_type === 'Lock') {
    if (q.startsWith('UPDATE sync_counter')) return '等锁：同步序号计数行';
    if (q.includes('sync_allocate')) return '等锁：取同步序号（sync_allocate）';
    if (q.includes("hashtext('entity_rows')")) return '等锁：同一行的写入者（行键锁）';
    if (q.includes('pg_advisory_xact_lock')) return '等锁：审计链（按机构）';
    if (q.includes('FOR UPDATE')) return '等锁：行锁（SELECT … FOR UPDATE）';
    return `等锁：${q.slice(0, 40)}`;
  }
  if (r.state === 'idle in transaction') return '事务中等待服务器进程';
  if (r.wait_event_type === 'IO' || r.wait_event_type === 'LWLock')
    return q.startsWith('COMMIT') ? '提交：等 WAL 落盘' : `执行中（${r.wait_event_type}）`;
  if (r.state === 'active') return '执行中';
  return '空闲';
};

export function sampleActivity(db: ServerDb): ActivitySampler {
  const counts: Record<string, number> = {};
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const r = await db.query<{
        state: string | null;
        wait_event_type: string | null;
        query: string | null;
      }>(
        `SELECT state, wait_event_type, query FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
            AND query NOT LIKE 'LISTEN%'`,
      );
      for (const row of r.rows) {
        const b = bucket(row);
        counts[b] = (counts[b] ?? 0) + 1;
      }
      await new Promise((res) => setTimeout(res, 100));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return counts;
    },
  };
}

/** Shares in per cent, largest first, as "label 42%" lines. */
export function activityLines(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `  ${k} ${((n / total) * 100).toFixed(0)}%`)
    .join('\n');
}
