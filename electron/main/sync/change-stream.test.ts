import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openChangeStream, type ChangeStream } from './change-stream';

/**
 * The change stream against a real HTTP server on loopback: a `change` event pokes; so does a reconnect that
 * works after the stream was refused or dropped (the server is back, the loop should not wait out its backoff);
 * the first connect does not.
 */
const servers: Server[] = [];
const streams: ChangeStream[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.stop();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
const open = (o: Parameters<typeof openChangeStream>[0]) => {
  const s = openChangeStream(o);
  streams.push(s);
  return s;
};

/** Answers each /sync/events request with the next behaviour of the list (the last one repeats). */
async function serve(behaviours: ('refuse' | 'event' | 'hold')[]): Promise<string> {
  let n = 0;
  const server = createServer((_req, res) => {
    const b = behaviours[Math.min(n++, behaviours.length - 1)];
    if (b === 'refuse') return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(': connected\n\n');
    if (b === 'event') res.end('event: change\ndata: {}\n\n');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('openChangeStream', () => {
  it('pokes for each change event, and once more when it is back after the stream ended', async () => {
    const url = await serve(['event', 'hold']);
    let pokes = 0;
    open({ url, token: () => 't', onChange: () => pokes++, retryMs: 20 });
    // The event, then the reconnect after the server ended that stream.
    await until(() => pokes >= 2);
    expect(pokes).toBe(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(pokes).toBe(2);
  });

  it('pokes when a refused stream connects again, and not on the first connect', async () => {
    const url = await serve(['refuse', 'refuse', 'hold']);
    let pokes = 0;
    open({ url, token: () => 't', onChange: () => pokes++, retryMs: 20 });
    await until(() => pokes >= 1);
    expect(pokes).toBe(1);

    const fresh = await serve(['hold']);
    let firstPokes = 0;
    const other = openChangeStream({
      url: fresh,
      token: () => 't',
      onChange: () => firstPokes++,
      retryMs: 20,
    });
    await new Promise((r) => setTimeout(r, 150));
    other.stop();
    expect(firstPokes).toBe(0);
  });
});
