import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/host';

/**
 * One raw HTTP/1.1 request over a socket (no client-side checks), answered as status line and body. `{HOST}` in
 * a request is the host's own name and port, `{ORIGIN}` its origin, as our page's requests carry them.
 */
function raw(port: number, request: Buffer | string): Promise<{ status: number; body: string }> {
  if (typeof request === 'string')
    request = request
      .replaceAll('{HOST}', `127.0.0.1:${port}`)
      .replaceAll('{ORIGIN}', `http://127.0.0.1:${port}`)
      .replaceAll('{PORT}', String(port));
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      const head = data.subarray(0, end).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const rest = data.subarray(end + 4);
      resolve({
        status,
        body: /transfer-encoding: chunked/i.test(head) ? unchunk(rest) : rest.toString('utf8'),
      });
    });
    // Not ended: the server closes the connection after its answer (Connection: close).
    socket.write(request);
  });
}

/** A chunked body's data (sizes in hex bytes, each chunk followed by CRLF). */
function unchunk(data: Buffer): string {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    const size = parseInt(data.subarray(at, eol).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(out).toString('utf8');
    out.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

const post = (path: string, body = '{}', headers = 'Host: {HOST}\r\nOrigin: {ORIGIN}\r\n') =>
  `POST ${path} HTTP/1.1\r\n${headers}X-Ldcs: 1\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
const get = (path: string, host = '{HOST}') =>
  `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;

/**
 * The browser host under malformed requests (issue 14 item 5): every one is answered as the client's error (4xx)
 * or a normal refusal, never 500, and no answer names an error class or a stack frame.
 */
describe('browser host HTTP fuzz', () => {
  let host: BrowserHost;
  let port: number;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ldcs-fuzz-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    host = await startBrowserHost({ dataDir: join(dir, 'data'), staticDir: dir, port: 0 });
    port = Number(new URL(host.url).port);
  });
  afterAll(async () => {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['malformed percent-encoding in the channel', post('/api/%E0%A4%A'), 400],
    ['a lone percent sign', post('/api/%'), 400],
    ['a non-hex escape', post('/api/%ZZsession'), 400],
    [
      'an API call without the header',
      `GET /api/auth%3Asession HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n`,
      403,
    ],
    [
      'a foreign origin',
      post('/api/auth:session', '{}', 'Host: {HOST}\r\nOrigin: http://evil.example\r\n'),
      403,
    ],
    ['an API call without an origin', post('/api/auth:me', '{}', 'Host: {HOST}\r\n'), 403],
    [
      'an origin of our other name',
      post('/api/auth:me', '{}', 'Host: {HOST}\r\nOrigin: http://localhost:1\r\n'),
      403,
    ],
    // DNS rebinding: another site's name resolving to 127.0.0.1 still names itself in Host.
    ['a page under a foreign host name', get('/', 'evil.example'), 421],
    ['a foreign host name with our port', get('/', 'evil.example:{PORT}'), 421],
    ['our address on another port', get('/', '127.0.0.1:1'), 421],
    ['no host at all', `GET / HTTP/1.0\r\nConnection: close\r\n\r\n`, 421],
    [
      'an API call under a foreign host, with a matching origin',
      post('/api/auth:me', '{}', 'Host: evil.example\r\nOrigin: http://evil.example\r\n'),
      421,
    ],
    ['a static path escaping the folder', get('/..%2f..%2f..%2fetc%2fpasswd'), 404],
    ['a dot-dot path', get('/../../etc/passwd'), 404],
    ['a missing file', get('/nope.js'), 404],
    [
      'a PUT of a page',
      `PUT / HTTP/1.1\r\nHost: {HOST}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      405,
    ],
  ])('%s → %i', async (_name, request, status) => {
    const r = await raw(port, request);
    expect(r.status).toBe(status);
    expect(r.body).not.toMatch(/URIError|TypeError|Error:|\n\s+at /);
  });

  it('serves our page and API under both of our names, each with its own origin', async () => {
    expect((await raw(port, get('/'))).status).toBe(200);
    expect((await raw(port, get('/', 'localhost:{PORT}'))).status).toBe(200);
    const local = await raw(
      port,
      post('/api/auth:me', '{}', 'Host: localhost:{PORT}\r\nOrigin: http://localhost:{PORT}\r\n'),
    );
    expect(local.status).toBe(200);
    expect(JSON.parse(local.body)).toEqual({ ok: true, value: null });
    expect((await raw(port, post('/api/auth:me'))).status).toBe(200);
  });

  it('answers invalid JSON and unknown channels as refusals, not failures', async () => {
    const bad = await raw(port, post('/api/auth:session', '{"a":'));
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await raw(port, post('/api/no-such-channel'));
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false });
  });

  it('refuses a body over the limit with 413', async () => {
    const body = 'x'.repeat(17 * 1024 * 1024);
    const r = await raw(port, post('/api/auth:session', body));
    expect(r.status).toBe(413);
  });

  it('never answers 500 to random paths, escapes and bytes', async () => {
    const pathChar = fc.constantFrom(...'abc/%.:-_~?#&=+AZ09'.split(''), '%2', '%E4', '%FF', '%00', '..');
    await fc.assert(
      fc.asyncProperty(
        fc.array(pathChar, { maxLength: 24 }).map((p) => p.join('')),
        fc.boolean(),
        async (path, api) => {
          const target = (api ? '/api/' : '/') + path.replace(/[#?]/g, '');
          const r = await raw(port, api ? post(target) : get(target));
          expect(r.status).toBeGreaterThanOrEqual(200);
          expect(r.status).toBeLessThan(500);
          expect(r.body).not.toMatch(/URIError|TypeError|\n\s+at /);
        },
      ),
      { numRuns: 150, seed: 20261207 },
    );
  });
});
