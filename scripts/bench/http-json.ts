import { Agent, request } from 'node:http';

/**
 * JSON over HTTP for the simulated desktops of the load and soak runs (wire-client.ts), on node:http with
 * kept-alive connections. The load generator shares the server's two cores: with `fetch` (undici, WHATWG streams
 * and Headers) it cost about 1.3 ms of CPU a pushed mutation under the `clients` load, a fifth of the machine's
 * work there (docs/sync.md, benchmarks). A real desktop runs on its own machine, so what the generator costs
 * here is taken from the server it measures.
 */
const agent = new Agent({ keepAlive: true });

export type HttpAnswer = { status: number; text: string };

/** `body` undefined: a GET. Rejects on a connection error, a reset or the timeout (the caller retries). */
export function httpJson(
  url: string,
  o: { body?: string; headers?: Record<string, string>; timeoutMs?: number },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...o.headers };
    if (o.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(o.body);
    }
    const req = request(url, { method: o.body === undefined ? 'GET' : 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
      // A server killed while streaming the answer closes the response before its end: as good as no answer.
      res.on('close', () => {
        if (!res.complete) reject(new Error('response cut short'));
      });
    });
    req.on('error', reject);
    if (o.timeoutMs !== undefined) req.setTimeout(o.timeoutMs, () => req.destroy(new Error('timeout')));
    req.end(o.body);
  });
}

export const httpOk = (status: number): boolean => status >= 200 && status < 300;
