import { CHANNELS, WIRE_PREFIX } from '../../../shared/contracts/channels';
import type { Result } from '../../../shared/result';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * The only ipcMain user (VS Code's validatedIpcMain idea). It checks *who* is calling; *what* is sent is
 * validated by the dispatcher's zod table, so a bug in one layer does not open the other.
 */

/** Mirrors electron/main/ipc/dispatch.ts; kept structural so this file does not depend on the core's layout. */
export type CallContext = { sessionKey: string };
export type Dispatcher = {
  dispatch(channel: string, raw: unknown, ctx: CallContext): Promise<Result<unknown>>;
};

/** The parts of WebFrameMain / IpcMainInvokeEvent we rely on; Electron's real types satisfy these. */
export type FrameLike = { readonly url: string; readonly parent: FrameLike | null };
export type InvokeEventLike = {
  readonly senderFrame: FrameLike | null;
  readonly sender: { readonly id: number; readonly mainFrame: FrameLike };
};
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>,
  ): void;
};

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自非本应用页面的请求' },
};

/**
 * Trusted = the top-level frame of a page served from app://renderer. Subframes are refused even on our
 * origin (nothing of ours uses them), and so is everything else: https pages, file:// (shared by every local
 * file), devtools, a frame that was destroyed mid-call (senderFrame null).
 */
export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null || frame !== event.sender.mainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  // Protocol + host, not URL.origin: Node reports 'null' as the origin of non-special schemes.
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

export const sessionKeyFor = (event: InvokeEventLike): string => `wc:${event.sender.id}`;

/** Last-resort net: the dispatcher already turns handler errors into Results, but it must never throw to IPC. */
const internalError = (): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message: '系统内部错误，请稍后重试' },
});

export function registerIpc(
  ipcMain: IpcMainLike,
  dispatcher: Dispatcher,
  isTrusted: (event: InvokeEventLike) => boolean = isTrustedSender,
  onError?: (error: unknown, channel: string) => void,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(WIRE_PREFIX + channel, async (event, raw) => {
      if (!isTrusted(event)) return FORBIDDEN;
      try {
        return await dispatcher.dispatch(channel, raw, { sessionKey: sessionKeyFor(event) });
      } catch (error: unknown) {
        // Electron would forward only error.message to the renderer; a Result keeps the shape predictable.
        onError?.(error, channel);
        return internalError();
      }
    });
  }
}
