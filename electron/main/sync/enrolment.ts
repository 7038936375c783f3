import { z } from 'zod';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';

/** Where this desktop syncs to, kept in sync_meta (local, never synced). The password is never stored. */
export type Enrolment = {
  serverUrl: string;
  token: string;
  officeId: string;
  staffId: string;
};

const KEYS = {
  serverUrl: 'sync.server_url',
  token: 'sync.token',
  officeId: 'sync.office_id',
  staffId: 'sync.staff_id',
} as const;

export function readEnrolment(repos: Pick<Repos, 'meta'>): Enrolment | null {
  const get = (k: string) => repos.meta.get(k);
  const serverUrl = get(KEYS.serverUrl);
  const token = get(KEYS.token);
  if (serverUrl === null || token === null) return null;
  return { serverUrl, token, officeId: get(KEYS.officeId) ?? '', staffId: get(KEYS.staffId) ?? '' };
}

export function writeEnrolment(repos: Pick<Repos, 'meta'>, e: Enrolment): void {
  for (const [k, key] of Object.entries(KEYS)) repos.meta.set(key, e[k as keyof Enrolment]);
}

/** Leaving keeps every row and outbox entry; only the binding goes (the desktop is standalone again). */
export function clearEnrolment(repos: Pick<Repos, 'meta'>): void {
  for (const key of Object.values(KEYS)) repos.meta.delete(key);
}

const EnrolResponse = z.object({
  ok: z.literal(true),
  token: z.string(),
  officeId: z.string(),
  staffId: z.string(),
});
const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});

/**
 * Asks the server for a device token with an account of the committee (issue 11 item 5). Network failures and
 * refusals come back as Chinese messages naming what to do; nothing is stored unless the server said yes.
 */
export async function requestToken(
  serverUrl: string,
  body: { clientId: string; username: string; password: string; deviceName: string },
  doFetch: typeof fetch = fetch,
): Promise<Result<{ token: string; officeId: string; staffId: string }>> {
  let res: Response;
  try {
    res = await doFetch(`${serverUrl}/sync/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return err('OFFLINE', `无法连接中心服务器（${serverUrl}），请检查地址和网络后重试`);
  }
  const json: unknown = await res.json().catch(() => null);
  const good = EnrolResponse.safeParse(json);
  if (res.ok && good.success) return ok(good.data);
  const bad = Failure.safeParse(json);
  if (bad.success)
    return err(
      bad.data.error.code === 'unauthenticated'
        ? 'UNAUTHENTICATED'
        : bad.data.error.code === 'throttled'
          ? 'THROTTLED'
          : 'CONFLICT',
      bad.data.error.message,
    );
  return err('OFFLINE', `中心服务器的应答无法识别（HTTP ${res.status}），请确认地址是否正确`);
}
