import { getApi, isResult } from './bridge';
import type { Channel } from '../../shared/contracts/channels';
import type { In, Out } from '../../shared/contracts/ipc';
import type { Result } from '../../shared/result';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** The app shell subscribes here so any call that finds the session gone sends the user back to sign-in. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

const damagedListeners = new Set<(details: unknown) => void>();

/**
 * The root subscribes here: any call answered DB_CORRUPT (the database file is damaged) replaces the window's
 * content with the restore offer, whatever screen made the call. `details` carries the backups.
 */
export function onDatabaseDamaged(listener: (details: unknown) => void): () => void {
  damagedListeners.add(listener);
  return () => {
    damagedListeners.delete(listener);
  };
}

const lockedListeners = new Set<Listener>();

/**
 * The lock screen subscribes here: any call answered SESSION_LOCKED (the OS locked the screen, or another path
 * locked the session in main) shows it at once, over the page, which stays as it was.
 */
export function onSessionLocked(listener: Listener): () => void {
  lockedListeners.add(listener);
  return () => {
    lockedListeners.delete(listener);
  };
}

const succeededListeners = new Set<(channel: Channel) => void>();

/**
 * Told after every successful call (the sync badge refreshes its count after a write). Any channel counts, reads
 * included: telling writes apart would need a second list of channels to keep in step, and a refresh is cheap.
 */
export function onCallSucceeded(listener: (channel: Channel) => void): () => void {
  succeededListeners.add(listener);
  return () => {
    succeededListeners.delete(listener);
  };
}

/**
 * Typed call over the contract. Main validates input and output with the zod schemas in shared/contracts/ipc.ts,
 * so the renderer trusts the shape of a Result and only guards against a broken transport.
 */
export async function call<C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>> {
  let result: Result<unknown>;
  try {
    result = await getApi().invoke(channel, input);
  } catch {
    // A rejected invoke means the IPC pipe itself failed (main gone or restarting), not an expected error.
    result = { ok: false, error: { code: 'OFFLINE', message: '无法连接到本地服务' } };
  }
  if (!isResult(result)) {
    result = { ok: false, error: { code: 'INTERNAL', message: '本地服务返回了无法识别的响应' } };
  }
  // A wrong password at sign-in is not a lost session; only other channels trigger the redirect.
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && channel !== 'auth:signIn') {
    for (const listener of unauthenticatedListeners) listener();
  }
  if (!result.ok && result.error.code === 'SESSION_LOCKED')
    for (const listener of lockedListeners) listener();
  if (!result.ok && result.error.code === 'DB_CORRUPT')
    for (const listener of damagedListeners) listener(result.error.details);
  if (result.ok) for (const listener of succeededListeners) listener(channel);
  return result as Result<Out<C>>;
}
