import type { z } from 'zod';
import { TransportError, type SyncTransport } from '../../../shared/sync/engine';
import {
  HelloResponse,
  PullPage,
  PushResponse,
  SnapshotPage,
  SyncRefusal,
  type SyncRefusal as Refusal,
} from '../../../shared/sync/protocol';

export type HttpTransportOptions = {
  /** e.g. 'http://127.0.0.1:8787' (no trailing slash needed). */
  baseUrl: string;
  /** The device token for this client, or null when not enrolled (then every call is unauthenticated). */
  token: () => string | null;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/**
 * The sync transport over HTTP (JSON both ways). A network failure, a timeout or a 5xx says nothing about the
 * request's fate and becomes TransportError (the loop backs off and retries; the server is idempotent). A 4xx
 * answer is the server's decision and comes back as a refusal. Every body is checked against the wire contract.
 */
export function createHttpTransport(opts: HttpTransportOptions): SyncTransport {
  const doFetch = opts.fetch ?? fetch;
  const base = opts.baseUrl.replace(/\/+$/, '');

  async function call<T>(
    path: string,
    schema: z.ZodType<T>,
    init: { method: 'GET' | 'POST'; body?: unknown },
  ): Promise<T | Refusal> {
    const token = opts.token();
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, {
        method: init.method,
        headers: {
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      });
    } catch (e) {
      throw new TransportError(`无法连接中心服务器：${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status >= 500) throw new TransportError(`中心服务器暂时不可用（HTTP ${res.status}）`);
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new TransportError(`中心服务器的应答无法识别（HTTP ${res.status}）`);
    }
    if (!res.ok) {
      const refusal = SyncRefusal.safeParse(json);
      if (refusal.success) return refusal.data;
      if (res.status === 401)
        return { ok: false, error: { code: 'unauthenticated', message: '登录已失效，请重新登录' } };
      throw new TransportError(`中心服务器拒绝了请求（HTTP ${res.status}）`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TransportError('中心服务器的应答不符合同步协议');
    return parsed.data;
  }

  const query = (q: Record<string, string | number | undefined>) =>
    new URLSearchParams(
      Object.entries(q).flatMap(([k, v]): [string, string][] => (v === undefined ? [] : [[k, String(v)]])),
    ).toString();

  return {
    hello: (req) => call('/sync/hello', HelloResponse, { method: 'POST', body: req }),
    push: (req) => call('/sync/push', PushResponse, { method: 'POST', body: req }),
    pull: (q) => call(`/sync/pull?${query(q)}`, PullPage, { method: 'GET' }),
    snapshot: (q) => call(`/sync/snapshot?${query(q)}`, SnapshotPage, { method: 'GET' }),
  };
}
