import type { Api } from '../../shared/contracts/api';
import type { Channel } from '../../shared/contracts/channels';
import type { AppError, Result } from '../../shared/result';

/**
 * How the renderer reaches main. In Electron the sandboxed preload exposes `window.api`; in the browser host
 * (used by the E2E tests in Chromium) the same contract is served over HTTP on the page's own origin.
 *
 * `window.api` is typed through an intersection instead of a `declare global`, so this file compiles whether or
 * not electron/preload/api.d.ts already declares it (a second declaration with a different modifier would clash).
 */
type HostWindow = Window & { api?: Api };

const OFFLINE: AppError = { code: 'OFFLINE', message: '无法连接到本地服务' };

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

async function httpInvoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`./api/${channel}`, {
      method: 'POST',
      // x-ldcs marks the request as ours: a cross-site form cannot set custom headers, so the host can refuse
      // requests without it (CSRF guard for the 127.0.0.1 server).
      headers: { 'content-type': 'application/json', 'x-ldcs': '1' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: OFFLINE };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  // The host sends `{ ok:false, error }` bodies with 4xx statuses too, so the body decides, not the status.
  if (isResult(body)) return body;
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `本地服务返回了无法识别的响应（HTTP ${response.status}）` },
  };
}

const httpApi: Api = { invoke: httpInvoke };

export function getApi(): Api {
  const host = window as HostWindow;
  return host.api ?? httpApi;
}
