import { TransportError, type SyncTransport } from '../../shared/sync/engine';
import { PROTOCOL_VERSION, type PushRequest } from '../../shared/sync/protocol';
import { SUPPORTED_DESKTOP_SCHEMA } from '../../shared/sync/versions';
import type { ServerDb } from '../../server/db/types';
import { handlePull, handleSnapshot } from '../../server/sync/pull';
import { handlePush, type DeviceAuth } from '../../server/sync/push';

export type Fault = 'none' | 'lose_request' | 'lose_response' | 'duplicate';

/**
 * The server's handlers called in process (no HTTP), with faults injected per call from a scripted list: a lost
 * request never reaches the server, a lost response reaches it but the client sees a network error, a duplicate
 * is delivered twice. Every push request is remembered so a test can replay a stale one later (reordering).
 */
export function inProcessTransport(
  db: ServerDb,
  auth: DeviceAuth,
  faults: () => Fault,
  sent: PushRequest[],
): SyncTransport {
  const run = async <T>(call: () => Promise<T>): Promise<T> => {
    const f = faults();
    if (f === 'lose_request') throw new TransportError('request lost');
    const r = await call();
    if (f === 'duplicate') await call();
    if (f === 'lose_response') throw new TransportError('response lost');
    return r;
  };
  return {
    hello: () =>
      Promise.resolve({
        protocolVersion: PROTOCOL_VERSION,
        minSchema: SUPPORTED_DESKTOP_SCHEMA.min,
        maxSchema: SUPPORTED_DESKTOP_SCHEMA.max,
        serverSchema: 1,
        serverId: 'model',
      }),
    push: (req) => {
      sent.push(structuredClone(req));
      return run(() => handlePush(db, auth, req));
    },
    pull: (q) => run(() => handlePull(db, auth, q)),
    snapshot: (q) => run(() => handleSnapshot(db, auth, q)),
  };
}
