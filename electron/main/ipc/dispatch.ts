import { isChannel, type Channel } from '../../../shared/contracts/channels';
import { ipc } from '../../../shared/contracts/ipc';
import { fieldIssues, summarizeIssues } from '../../../shared/schema/field-labels';
import { err, ok, type Result } from '../../../shared/result';
import { CalendarGapError } from '../../../shared/calendar';
import type { Logger } from '../logger';
import type { AppServices } from '../services';
import { toActor } from '../services/auth-service';
import type { SessionStore } from '../services/session-store';
import { scopeListAnswer } from './case-lists';
import { caseReadGuard } from './case-reads';
import { createHandlers } from './handlers';
import { DB_FAILURE_MESSAGE, dbFailureOf } from '../db/runtime-failure';
import { PUBLIC_CHANNELS, WHILE_LOCKED_CHANNELS, type HandlerCtx } from './types';

export type CallContext = { sessionKey: string };
export type Dispatcher = {
  dispatch(channel: string, raw: unknown, ctx: CallContext): Promise<Result<unknown>>;
};

export const LOCKED_MESSAGE = '已锁定，请输入当前用户的密码解锁';

const isPublic = (c: Channel) => (PUBLIC_CHANNELS as readonly string[]).includes(c);

/**
 * The single entry for every call, from IPC or from the browser host: validate the channel and input with the
 * contract, require a signed-in user, run the handler, check the output against the contract, and turn any
 * unexpected exception into INTERNAL with an error id (the stack stays in the log). Never throws.
 */
export function createDispatcher(
  services: AppServices,
  sessions: SessionStore,
  log: Logger,
  opts: { checkOutput: boolean },
): Dispatcher {
  const handlers = createHandlers(services);
  return {
    async dispatch(channel, raw, call) {
      try {
        if (!isChannel(channel)) return err('VALIDATION', `未知的通道：${String(channel).slice(0, 60)}`);
        const user = services.auth.currentUser(sessions.get(call.sessionKey));
        // Before the input is even parsed: a locked session learns nothing, not even which inputs are valid.
        const locked = user !== null && sessions.isLocked(call.sessionKey);
        if (locked && !WHILE_LOCKED_CHANNELS.includes(channel)) return err('SESSION_LOCKED', LOCKED_MESSAGE);
        const parsed = ipc[channel].input.safeParse(raw ?? {});
        if (!parsed.success) {
          const issues = fieldIssues(parsed.error);
          return err('VALIDATION', summarizeIssues(issues), { issues });
        }
        if (!user && !isPublic(channel)) return err('UNAUTHENTICATED', '请先登录');
        const outside = caseReadGuard(channel, parsed.data, user, services);
        if (outside !== null) return err(outside.code, outside.message);
        const ctx: HandlerCtx = {
          user,
          actor: user ? toActor(user) : null,
          signIn: (userId) => sessions.set(call.sessionKey, userId),
          signOut: () => sessions.clear(call.sessionKey),
          locked,
          lock: () => void sessions.lock(call.sessionKey),
          unlock: () => sessions.unlock(call.sessionKey),
        };
        const handler = handlers[channel] as (
          a: unknown,
          c: HandlerCtx,
        ) => Result<unknown> | Promise<Result<unknown>>;
        const answer = await handler(parsed.data, ctx);
        // Rows of many cases keep only those the caller may see (case-lists.ts).
        const result = answer.ok ? ok(scopeListAnswer(channel, answer.value, user, services)) : answer;
        if (opts.checkOutput && result.ok) {
          const out = ipc[channel].output.safeParse(result.value);
          if (!out.success)
            throw new Error(`Output of ${channel} does not match the contract: ${out.error.message}`);
        }
        return result;
      } catch (e) {
        // A date in a year whose holiday arrangement is not loaded: a visible, expected condition, not a crash.
        if (e instanceof CalendarGapError) return err('CALENDAR_GAP', e.message, { year: e.year });
        // The file itself failed (damaged pages, or another process holding its lock): the renderer shows the
        // restore offer or "occupied", never 系统内部错误. Logged all the same, with the channel it surfaced on.
        const failure = dbFailureOf(e);
        if (failure !== null) {
          const errorId = log.error(e, { channel, failure });
          if (failure === 'DB_LOCKED') return err('DB_LOCKED', DB_FAILURE_MESSAGE.DB_LOCKED, { errorId });
          services.backup.damaged(e instanceof Error ? e.message : String(e));
          return err('DB_CORRUPT', DB_FAILURE_MESSAGE.DB_CORRUPT, { errorId, ...services.backup.status() });
        }
        const errorId = log.error(e, { channel });
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `系统内部错误（编号 ${errorId}），请联系管理员`, errorId },
        };
      }
    },
  };
}
