import { z } from 'zod';
import type { AdoptArgs, AdoptResult, AdoptableMutation } from '../../../shared/contracts/sync.schema';
import { MUTATIONS, type MutationName } from '../../../shared/mutations/definitions';
import { err, ok, type Result } from '../../../shared/result';
import { AdoptResponse, RejectedList, type RejectedForAdoption } from '../../../shared/sync/adoption';
import type { Repos } from '../db/repositories';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';
import { readEnrolment } from './enrolment';
import { mutationLabel } from './rejected-list';

export type AdoptionDeps = {
  repos: Pick<Repos, 'meta' | 'outbox'>;
  mutations: Pick<MutationRunner, 'run'>;
  fetch?: typeof fetch;
};

const ServerError = z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) });

/**
 * 待采纳的操作 on a director's desktop (sync §2.10): the list comes from the central server, which checks on every
 * request that this device's user is a director of the office. Adopting runs the refused mutation's name and
 * args here as the director's own new mutation — through the ordinary runner, so every local rule applies and it
 * is pushed and re-checked by the server like any change — and then tells the server which mutation carries it.
 * The local check of the role only spares a round trip; the server's is the one that counts.
 */
export function createAdoptionService(deps: AdoptionDeps) {
  const doFetch = deps.fetch ?? fetch;

  async function request<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<Result<T>> {
    const e = readEnrolment(deps.repos);
    if (e === null) return err('CONFLICT', '本机未接入中心服务器（单机模式），没有待采纳的操作');
    let res: Response;
    try {
      res = await doFetch(`${e.serverUrl.replace(/\/+$/, '')}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${e.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (x) {
      return err('SYNC_UNAVAILABLE', `无法连接中心服务器：${x instanceof Error ? x.message : String(x)}`);
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const refusal = ServerError.safeParse(json);
      const message = refusal.success
        ? refusal.data.error.message
        : `中心服务器拒绝了请求（HTTP ${res.status}）`;
      const code = res.status === 403 ? 'FORBIDDEN' : res.status === 404 ? 'NOT_FOUND' : 'CONFLICT';
      return err(code, message);
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? ok(parsed.data) : err('SYNC_UNAVAILABLE', '中心服务器的应答无法识别');
  }

  const refuseUnlessDirector = (actor: Actor): Result<never> | null =>
    actor.roles.includes('director') ? null : err('FORBIDDEN', '只有主任可以查看和采纳被拒绝的操作');

  async function fetchList(actor: Actor): Promise<Result<RejectedForAdoption[]>> {
    const officeId = encodeURIComponent(actor.officeId ?? '');
    const r = await request(`/sync/rejected?officeId=${officeId}`, RejectedList);
    return r.ok ? ok(r.value.items) : r;
  }

  return {
    async list(actor: Actor): Promise<Result<AdoptableMutation[]>> {
      const refused = refuseUnlessDirector(actor);
      if (refused) return refused;
      const r = await fetchList(actor);
      if (!r.ok) return r;
      return ok(r.value.map(({ args: _args, ...m }) => ({ ...m, label: mutationLabel(m.name) })));
    },

    async adopt(a: AdoptArgs, actor: Actor): Promise<Result<AdoptResult>> {
      const refused = refuseUnlessDirector(actor);
      if (refused) return refused;
      // Read again just before: another director may have adopted it since the list was shown.
      const listed = await fetchList(actor);
      if (!listed.ok) return listed;
      const item = listed.value.find((m) => m.clientId === a.clientId && m.mutationId === a.mutationId);
      if (item === undefined) return err('NOT_FOUND', '没有这项被拒绝的操作');
      if (item.adopted !== null) return err('CONFLICT', '该操作已被采纳，不能重复采纳');
      if (item.notAdoptable !== null || !Object.hasOwn(MUTATIONS, item.name))
        return err('CONFLICT', item.notAdoptable ?? `本机不认识该操作：${item.name}`);
      const label = mutationLabel(item.name);
      const ran = deps.mutations.run(item.name as MutationName, item.args, actor);
      if (!ran.ok) return err(ran.error.code, `无法按原操作办理：${ran.error.message}`, ran.error.details);
      // The runner is synchronous, so nothing else wrote between it and this read: the newest entry is ours.
      const mutationId = deps.repos.outbox.lastMutationId();
      const linked = await request(
        `/sync/rejected/${encodeURIComponent(a.clientId)}/${a.mutationId}/adopt`,
        AdoptResponse,
        { adoptedAs: mutationId, reason: a.reason },
      );
      if (!linked.ok)
        return err(
          linked.error.code,
          `已在本机按原操作办理（将作为您的操作同步），但中心服务器未记下采纳：${linked.error.message}`,
        );
      return ok({ mutationId, label });
    },
  };
}
export type AdoptionService = ReturnType<typeof createAdoptionService>;
