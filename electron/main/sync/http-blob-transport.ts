import {
  BLOB_PATH,
  BlobPutAnswer,
  BlobRefusal,
  formatContentRange,
  UPLOAD_LENGTH,
  UPLOAD_OFFSET,
} from '../../../shared/sync/blob-protocol';
import type { BlobHead, BlobTransport } from '../../../shared/sync/blob-sync';
import { TransportError } from '../../../shared/sync/engine';

export type HttpBlobTransportOptions = {
  baseUrl: string;
  token: () => string | null;
  fetch?: typeof fetch;
  /** Per request (one chunk, or the start of a download's body). */
  timeoutMs?: number;
};

/**
 * File transfer over HTTP (docs/sync.md §2.11): raw bytes both ways, never base64 in JSON. As in
 * http-transport.ts, a network failure, a timeout or a 5xx becomes TransportError (the round backs off and the
 * upload resumes from the server's offset); a 4xx is the server's answer and comes back as a refusal.
 */
export function createHttpBlobTransport(opts: HttpBlobTransportOptions): BlobTransport {
  const doFetch = opts.fetch ?? fetch;
  const base = opts.baseUrl.replace(/\/+$/, '');
  const url = (sha: string) => `${base}${BLOB_PATH}/${sha}`;
  const auth = (): Record<string, string> => {
    const t = opts.token();
    return t === null ? {} : { authorization: `Bearer ${t}` };
  };

  async function send(sha: string, init: RequestInit): Promise<Response> {
    let res: Response;
    try {
      res = await doFetch(url(sha), { ...init, signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
    } catch (e) {
      throw new TransportError(`无法连接中心服务器：${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status >= 500) throw new TransportError(`中心服务器暂时不可用（HTTP ${res.status}）`);
    return res;
  }

  async function refusalOf(res: Response): Promise<BlobRefusal> {
    const parsed = BlobRefusal.safeParse(await res.json().catch(() => null));
    if (parsed.success) return parsed.data;
    if (res.status === 401)
      return { ok: false, error: { code: 'unauthenticated', message: '登录已失效，请重新登录' } };
    throw new TransportError(`中心服务器拒绝了文件传输（HTTP ${res.status}）`);
  }

  return {
    async head(sha): Promise<BlobHead> {
      const res = await send(sha, { method: 'HEAD', headers: auth() });
      const offset = Number(res.headers.get(UPLOAD_OFFSET) ?? '0');
      if (res.status === 200)
        return { complete: true, size: Number(res.headers.get(UPLOAD_LENGTH) ?? offset) };
      if (res.status === 404 && Number.isSafeInteger(offset) && offset >= 0)
        return { complete: false, offset };
      throw new TransportError(`中心服务器无法查询文件（HTTP ${res.status}）`);
    },
    async put(sha, start, bytes, total) {
      const res = await send(sha, {
        method: 'PUT',
        headers: {
          ...auth(),
          'content-type': 'application/octet-stream',
          'content-range': formatContentRange(start, bytes.length, total),
        },
        body: bytes,
      });
      if (!res.ok) return refusalOf(res);
      const parsed = BlobPutAnswer.safeParse(await res.json().catch(() => null));
      if (!parsed.success) throw new TransportError('中心服务器的应答不符合文件传输协议');
      return parsed.data;
    },
    async get(sha) {
      const res = await send(sha, { method: 'GET', headers: auth() });
      if (!res.ok) return refusalOf(res);
      const body = res.body;
      if (body === null) throw new TransportError('中心服务器没有发送文件内容');
      return chunksOf(body);
    },
  };
}

/** The response body as chunks; a dropped connection mid-file becomes TransportError. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      let r: Awaited<ReturnType<typeof reader.read>>;
      try {
        r = await reader.read();
      } catch (e) {
        throw new TransportError(`文件下载中断：${e instanceof Error ? e.message : String(e)}`);
      }
      if (r.done) return;
      yield r.value;
    }
  } finally {
    reader.releaseLock();
  }
}
