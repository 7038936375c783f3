import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../testing/test-db';
import { enrolDevice, seedOffices, syncApp } from '../testing/sync-fixture';

/**
 * A graceful shutdown with desktops connected: their open change streams are ended first, so closing the
 * server does not wait for them (it used to hang until the CLI's 15 s grace ran out and exit 1), and a
 * desktop's reader sees its stream end and reconnects later.
 */
describe('closing the server with open change streams', () => {
  it('ends the streams and closes promptly', async () => {
    const db = await openTestDb('pglite');
    try {
      await seedOffices(db);
      const app = await syncApp(db);
      const auth = await enrolDevice(app, 'dev-station-1', 'med1');
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/sync/events`, { headers: { authorization: auth } });
      expect(res.status).toBe(200);
      const reader = res.body?.getReader();
      if (reader === undefined) throw new Error('no body');
      expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');

      const started = Date.now();
      await app.close();
      expect(Date.now() - started).toBeLessThan(3_000);
      // The desktop's side: the stream ends (done), it does not hang.
      for (;;) if ((await reader.read()).done) break;
    } finally {
      await db.close();
    }
  });
});
