import pg from 'pg';

const RECONNECT_MS = 1_000;

/**
 * A dedicated connection LISTENing on one channel (ServerDb.listen): pooled connections cannot hold a LISTEN,
 * since the pool hands them to other work. When the connection drops (a PostgreSQL restart) it is re-opened
 * after a second, for as long as nobody has stopped it; what was notified in between is lost, which the
 * callers accept (they only hint).
 */
export async function listenOn(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const open = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    let lost = false;
    const reopen = () => {
      if (lost) return;
      lost = true;
      if (current === c) current = null;
      void c.end().catch(() => undefined);
      if (stopped) return;
      // A failed attempt schedules the next one itself (its own reopen).
      retry = setTimeout(() => void open().catch(() => undefined), RECONNECT_MS);
      retry.unref();
    };
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
    });
    c.on('error', reopen);
    c.on('end', reopen);
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (e) {
      reopen();
      throw e;
    }
    current = c;
  };

  const stop = async (): Promise<void> => {
    stopped = true;
    if (retry !== null) clearTimeout(retry);
    const c = current;
    current = null;
    await c?.end().catch(() => undefined);
  };
  try {
    await open();
  } catch (e) {
    // Not listening at start is the caller's to handle; no retries behind its back.
    await stop();
    throw e;
  }
  return stop;
}
