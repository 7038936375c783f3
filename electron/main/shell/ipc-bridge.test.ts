import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/contracts/channels';
import type { Result } from '../../../shared/result';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { createAppCore } from '../app-core';
import { createConsoleLogger } from '../logger';
import type { FrameLike, InvokeEventLike } from './ipc-bridge';

// ipc-bridge itself never imports 'electron'; the mock guards against a transitive import sneaking in. Nothing
// else is mocked: the bridge forwards to the real core's dispatcher over a temp SQLite file (issue 15 item 6).
vi.mock('electron', () => ({}));

const { isTrustedSender, registerIpc } = await import('./ipc-bridge');
type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;

const frame = (url: string, parent: FrameLike | null = null): FrameLike => ({ url, parent });

/** An invoke event as Electron builds it: `senderFrame` is the calling frame, `sender` its WebContents. */
function eventFrom(senderFrame: FrameLike | null, mainFrame: FrameLike, id = 7): InvokeEventLike {
  return { senderFrame, sender: { id, mainFrame } };
}
const mainFrameEvent = (url: string, id = 7): InvokeEventLike => {
  const top = frame(url);
  return eventFrom(top, top, id);
};

let core: TestCore;
beforeAll(() => {
  core = createTestCore();
  initialize(core);
});
afterAll(() => core.dispose());

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, h: Handler) => void handlers.set(channel, h)) };
  // A spy that calls through: it only counts what reached the real dispatcher.
  const dispatch = vi.spyOn(core.dispatcher, 'dispatch');
  dispatch.mockClear();
  registerIpc(ipcMain, core.dispatcher);
  const call = (channel: string, event: InvokeEventLike, input: unknown = {}) => {
    const h = handlers.get(channel);
    if (h === undefined) throw new Error(`no handler for ${channel}`);
    return h(event, input);
  };
  return { ipcMain, handlers, dispatch, call };
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自非本应用页面的请求' } };

describe('registerIpc', () => {
  it('registers exactly one app:-prefixed handler per contract channel', () => {
    const { handlers, ipcMain } = setup();
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `app:${c}`).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('forwards a trusted call to the dispatcher with channel, raw input and sessionKey wc:<id>', async () => {
    const { call, dispatch } = setup();
    const input = { username: 'admin', password: ADMIN_PASSWORD };
    const page = mainFrameEvent('app://renderer/index.html', 42);
    await expect(call('app:auth:signIn', page, input)).resolves.toMatchObject({
      ok: true,
      value: { username: 'admin' },
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('auth:signIn', input, { sessionKey: 'wc:42' });
    // The session belongs to that window's WebContents: the same window is signed in, another one is not.
    await expect(call('app:auth:me', page)).resolves.toMatchObject({
      ok: true,
      value: { username: 'admin' },
    });
    await expect(call('app:auth:me', mainFrameEvent('app://renderer/index.html', 43))).resolves.toMatchObject(
      { ok: true, value: null },
    );
  });

  it.each([
    [
      'a subframe on our own origin',
      () =>
        eventFrom(
          frame('app://renderer/x.html', frame('app://renderer/index.html')),
          frame('app://renderer/index.html'),
        ),
    ],
    ['a main frame at https://evil.example', () => mainFrameEvent('https://evil.example/')],
    ['a main frame at file://', () => mainFrameEvent('file:///tmp/index.html')],
    ['a main frame at http://127.0.0.1', () => mainFrameEvent('http://127.0.0.1:5173/')],
    ['a look-alike host', () => mainFrameEvent('app://renderer.evil.example/index.html')],
    ['another app:// host', () => mainFrameEvent('app://evil/index.html')],
    ['a destroyed frame (senderFrame null)', () => eventFrom(null, frame('app://renderer/index.html'))],
    [
      'a parentless frame that is not the main frame',
      () => eventFrom(frame('app://renderer/'), frame('app://renderer/')),
    ],
    ['devtools', () => mainFrameEvent('devtools://devtools/bundled/inspector.html')],
  ])('refuses %s with FORBIDDEN and never reaches the dispatcher', async (_label, makeEvent) => {
    const { call, dispatch } = setup();
    for (const channel of CHANNELS) {
      await expect(call(`app:${channel}`, makeEvent())).resolves.toEqual(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into an INTERNAL result instead of a rejected invoke', async () => {
    // The dispatcher never throws, except when even its log fails: here the database is gone (closed) and the
    // log's sink cannot write, so the error it was reporting escapes it.
    const dir = mkdtempSync(join(tmpdir(), 'ldcs-ipc-bridge-'));
    const boom = new Error('EPIPE writing /home/user/secret/path');
    let logBroken = false;
    const broken = createAppCore({
      dataDir: dir,
      logger: createConsoleLogger(() => {
        if (logBroken) throw boom;
      }),
    });
    try {
      const handlers = new Map<string, Handler>();
      const onError = vi.fn();
      registerIpc(
        { handle: (c: string, h: Handler) => void handlers.set(c, h) },
        broken.dispatcher,
        isTrustedSender,
        onError,
      );
      broken.close();
      logBroken = true;
      const result = await handlers.get('app:setup:status')?.(
        mainFrameEvent('app://renderer/index.html'),
        {},
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(result)).not.toContain('secret');
      expect(onError).toHaveBeenCalledWith(boom, 'setup:status');
    } finally {
      broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top frame served from app://renderer', () => {
    expect(isTrustedSender(mainFrameEvent('app://renderer/index.html'))).toBe(true);
    expect(isTrustedSender(mainFrameEvent('app://renderer/index.html#/cases/1'))).toBe(true);
    expect(isTrustedSender(mainFrameEvent('app://user@renderer/index.html'))).toBe(false);
    expect(isTrustedSender(mainFrameEvent('not a url'))).toBe(false);
  });
});
