import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contracts/channels';
import type { Api } from '../../shared/contracts/api';

const h = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((_channel: string, _input: unknown): Promise<unknown> =>
    Promise.resolve({ ok: true, value: 'from main' }),
  ),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => void h.exposed.set(key, value)),
  },
  ipcRenderer: { invoke: h.invoke },
}));

// Importing the preload runs it, exactly as Electron does before the page loads. The specifier is a variable
// because tsconfig.tools.json does not reference tsconfig.preload.json: a literal import would pull
// electron/preload/index.ts into the tools project and fail `tsc -b` with TS6307 (the preload itself is
// type-checked by tsconfig.preload.json).
const PRELOAD_ENTRY = './index';
await import(/* @vite-ignore */ PRELOAD_ENTRY);

function exposedApi(): Api {
  const api = h.exposed.get('api');
  if (typeof api !== 'object' || api === null) throw new Error('window.api was not exposed');
  return api as Api;
}

describe('preload', () => {
  it('exposes exactly one key, "api", with only an invoke function', () => {
    expect([...h.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(exposedApi())).toEqual(['invoke']);
  });

  it('forwards every contract channel with the app: prefix and the input untouched', async () => {
    for (const channel of CHANNELS) {
      h.invoke.mockClear();
      const input = { any: 'thing' };
      await expect(exposedApi().invoke(channel, input)).resolves.toEqual({ ok: true, value: 'from main' });
      expect(h.invoke).toHaveBeenCalledExactlyOnceWith(`app:${channel}`, input);
    }
  });

  it.each([
    'app:cases:list', // already prefixed: would reach a real channel only if we concatenated blindly
    'ELECTRON_BROWSER_REQUIRE',
    'cases:drop',
    '',
    '__proto__',
    42,
    null,
  ])('refuses %s with VALIDATION without touching ipcRenderer', async (channel) => {
    h.invoke.mockClear();
    // The page is untrusted: it can pass anything, whatever the type says.
    const result = await exposedApi().invoke(channel as never, {});
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: '未知的通道' } });
    expect(h.invoke).not.toHaveBeenCalled();
  });
});
