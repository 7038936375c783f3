import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppFailure, type AppErrorCode } from '../../shared/result';

/**
 * How failures leave the server: as `{ ok: false, error }` data (house style §6.4), never with a stack. An
 * expected failure (AppFailure) keeps its code and Chinese message; a request Fastify could not read gets a
 * Chinese message; anything else is 500 INTERNAL with an error id that is also in the log next to the full
 * error, so a user can quote the id and an administrator find the stack.
 */
const STATUS: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  THROTTLED: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SYNC_REJECTED: 409,
  CALENDAR_GAP: 422,
  OFFLINE: 503,
  SYNC_UNAVAILABLE: 503,
  // The desktop's own database and backups: never raised by the server, listed because the map is total.
  DB_CORRUPT: 500,
  DB_LOCKED: 503,
  BACKUP_FAILED: 500,
  // The desktop's idle lock: the server has no lock screen (its device tokens expire instead, docs/sync.md).
  SESSION_LOCKED: 423,
  INTERNAL: 500,
};

/** Fastify's own request errors (body parsing), said in Chinese. */
function requestErrorMessage(e: FastifyError, bodyLimit: number): string {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `请求内容过大（上限 ${bodyLimit} 字节）`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持的请求内容类型，请以 JSON（application/json）发送';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求内容为空，应为 JSON';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return '请求内容不是有效的 JSON';
    default:
      return '请求无效';
  }
}

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    // An expected failure keeps its own status and message; only INTERNAL is treated as unexpected.
    if (error instanceof AppFailure && error.code !== 'INTERNAL')
      return reply.code(STATUS[error.code]).send({ ok: false, error: error.toError() });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      req.log.info({ code: error.code, statusCode: status }, 'request refused');
      return reply.code(status).send({
        ok: false,
        error: {
          code: status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'VALIDATION',
          message: requestErrorMessage(error, bodyLimit),
        },
      });
    }
    const errorId = randomUUID();
    req.log.error({ err: error, errorId }, 'unexpected error');
    return reply
      .code(500)
      .send({ ok: false, error: { code: 'INTERNAL', message: '服务器内部错误', errorId } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .send({ ok: false, error: { code: 'NOT_FOUND', message: `没有这个接口：${req.method} ${req.url}` } }),
  );
}
