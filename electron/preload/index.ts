import { contextBridge, ipcRenderer } from 'electron';
import { WIRE_PREFIX, isChannel } from '../../shared/contracts/channels';
import type { Api } from '../../shared/contracts/api';

/**
 * The one bridge between the sandboxed page and main (architecture §7.3). No logic beyond the channel
 * allowlist: the page gets `window.api.invoke`, never ipcRenderer itself, so it cannot reach Electron's
 * internal channels or listen to anything. Main checks the sender and validates every input again.
 */
const api = {
  invoke: (channel: unknown, input: unknown) =>
    isChannel(channel)
      ? (ipcRenderer.invoke(WIRE_PREFIX + channel, input) as ReturnType<Api['invoke']>)
      : Promise.resolve({
          ok: false as const,
          error: { code: 'VALIDATION' as const, message: '未知的通道' },
        }),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
