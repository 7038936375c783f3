import { MUTATIONS, type MutationName } from './definitions';

/**
 * Upcasters (sync §2.13): for a mutation whose args changed, one function per step `fromVersion → fromVersion+1`
 * that turns the older args into the newer shape. An outbox entry keeps the version and args its desktop wrote —
 * it is the record of what was done — and both ends bring it up to the current version when they use it: the
 * server before it validates and re-plans a push, the desktop when it re-applies a held or pending entry in a
 * rebase. Upcasters take and return plain JSON; the current zod schema validates the result, so an upcaster only
 * reshapes and never decides.
 */
export type Upcaster = (args: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export const UPCASTERS: { readonly [N in MutationName]?: Readonly<Record<number, Upcaster>> } = {
  // Version 2 asks for a category of the void; what an older desktop voided was filed under no category.
  'case.void': { 1: (a) => ({ ...a, grounds: 'other' }) },
};

export type Upcast = { ok: true; args: unknown } | { ok: false; code: 'unknown_version'; reason: string };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The args of `name` at `version`, brought step by step to the current version. A version newer than this build
 * knows is refused (its meaning is unknown here), as is an older one with a missing step.
 */
export function upcastArgs(name: MutationName, version: number, args: unknown): Upcast {
  const def = MUTATIONS[name];
  if (version === def.version) return { ok: true, args };
  if (version > def.version)
    return {
      ok: false,
      code: 'unknown_version',
      reason: `操作“${def.label}”来自更新版本的程序（第 ${version} 版，本程序只认识到第 ${def.version} 版），请先升级本程序或服务器`,
    };
  let current = args;
  for (let v = version; v < def.version; v++) {
    const step = UPCASTERS[name]?.[v];
    if (step === undefined || !isRecord(current))
      return {
        ok: false,
        code: 'unknown_version',
        reason: `操作“${def.label}”的第 ${v} 版无法转换为第 ${v + 1} 版，请联系管理员`,
      };
    current = step(current);
  }
  return { ok: true, args: current };
}
