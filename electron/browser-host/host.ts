import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { AppCore, AppCoreOptions } from '../main/app-core';
import { createCoreHost } from '../main/core-host';
import { progressLine, type UpgradeProgress } from '../main/db/upgrade-progress';
import { upgradeDatabase } from '../main/upgrade-database';

/**
 * The browser host: the same application core as the desktop app, served over HTTP on 127.0.0.1 for E2E tests
 * and development in a plain browser. Never shipped. The renderer's HTTP bridge posts to /api/<channel>.
 */
export type BrowserHostOptions = AppCoreOptions & {
  staticDir: string;
  port?: number;
  /** Each step of an older database's upgrade at start; by default one line on the console. */
  onUpgradeProgress?: (p: UpgradeProgress) => void;
};
/** `core` is the open core at the moment it is read (a restore replaces it; it throws while the file is damaged). */
export type BrowserHost = { url: string; readonly core: AppCore; close(): Promise<void> };

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
// Attachments travel base64-encoded in JSON: 10 MB of file is about 13.4 MB of body.
const MAX_BODY = 16 * 1024 * 1024;
const SESSION_COOKIE = 'ldcs_sid';

export async function startBrowserHost(opts: BrowserHostOptions): Promise<BrowserHost> {
  // An older database is upgraded in a worker first (upgrade-database.ts), its steps printed as they start, as the
  // desktop shows them in its start-up window; the core then opens with nothing left to do.
  const onProgress =
    opts.onUpgradeProgress ?? ((p: UpgradeProgress) => void process.stdout.write(`${progressLine(p)}\n`));
  await upgradeDatabase({ ...opts, onProgress });
  // A host and not one core: a restore from 备份与恢复 closes the core and opens the restored file in place.
  const core = createCoreHost({ checkOutput: true, ...opts });
  let origin = '';
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // A request too large is the client's; anything else is ours: logged, answered without its details.
      if (e instanceof BodyTooLarge) return send(res, 413, 'text/plain', '请求过大');
      const errorId = randomBytes(4).toString('hex');
      process.stderr.write(
        `browser host ${errorId}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      if (res.headersSent) return res.destroy();
      send(res, 500, 'text/plain', `系统内部错误（${errorId}）`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 reaches this port as "same
    // origin", but its requests still say Host: evil.example. Only our own two names for ourselves are served.
    const hostName = ownHost(req.headers.host, port);
    if (hostName === null) return send(res, 421, 'text/plain', 'Misdirected Request');
    const url = parsedOrNull(req.url ?? '/', origin);
    if (url === null) return send(res, 400, 'text/plain', '请求地址无效');
    if (url.pathname.startsWith('/api/')) {
      const channel = decodedOrNull(url.pathname.slice(5));
      if (channel === null) return send(res, 400, 'text/plain', '请求地址的百分号编码无效');
      return api(req, res, channel, `http://${hostName}`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Method Not Allowed');
    const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    const file = normalize(join(opts.staticDir, rel));
    if (!file.startsWith(normalize(opts.staticDir) + sep)) return send(res, 403, 'text/plain', 'Forbidden');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(res, 404, 'text/plain', 'Not Found');
    }
  }

  async function api(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
    self: string,
  ): Promise<void> {
    // Cross-site requests cannot set this header without a preflight we never grant, nor a foreign Origin.
    if (req.method !== 'POST' || req.headers['x-ldcs'] !== '1')
      return send(res, 403, 'text/plain', 'Forbidden');
    // Browsers send Origin on every POST, same-origin fetches included; a request without one is not from our
    // page (and one from another page names that page), so the origin is required, not merely checked.
    if (req.headers.origin !== self) return send(res, 403, 'text/plain', 'Forbidden');
    const raw = await readBody(req);
    let input: unknown;
    try {
      input = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return json(res, { ok: false, error: { code: 'VALIDATION', message: '请求不是有效的 JSON' } });
    }
    const sid = sessionId(req, res);
    json(res, await core.dispatcher.dispatch(channel, input, { sessionKey: `http:${sid}` }));
  }

  function sessionId(req: IncomingMessage, res: ServerResponse): string {
    const found = /(?:^|;\s*)ldcs_sid=([a-f0-9]{32})/.exec(req.headers.cookie ?? '');
    if (found?.[1]) return found[1];
    const sid = randomBytes(16).toString('hex');
    res.setHeader('set-cookie', `${SESSION_COOKIE}=${sid}; HttpOnly; SameSite=Strict; Path=/`);
    return sid;
  }

  // A taken port is an error the caller reports (main.ts); the core opened above is closed again first.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((e: unknown) => {
    core.close();
    throw e;
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    get core(): AppCore {
      const open = core.current();
      if (open === null) throw new Error('the database is damaged and not open');
      return open;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          resolve();
        });
      }),
  };
}

class BodyTooLarge extends Error {}

/** The Host header when it names this server (127.0.0.1 or localhost, with its port), else null. */
function ownHost(host: string | undefined, port: number): string | null {
  if (host === undefined) return null;
  const name = host.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}` ? name : null;
}

/** The request target as a URL; a path starting with '//' is a path here, not another host. */
function parsedOrNull(target: string, origin: string): URL | null {
  try {
    return target.startsWith('/') ? new URL(origin + target) : new URL(target, origin);
  } catch {
    return null;
  }
}

/** `decodeURIComponent`, or null for malformed percent-encoding (a client error, not ours). */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    // Past the limit the rest is read and dropped, so the client still gets its 413 instead of a reset.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        reject(new BodyTooLarge('request body too large'));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}
