/** Errors cross process lines as data (architecture §6.4): every expected failure is a Result value. */
export type AppErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  /** The session is locked (idle, or the OS locked the screen): only unlock and sign-out are served. */
  | 'SESSION_LOCKED'
  /** Too many failed sign-ins: the message says how many seconds to wait (shared/auth/throttle.ts). */
  | 'THROTTLED'
  | 'CALENDAR_GAP'
  | 'OFFLINE'
  | 'SYNC_REJECTED'
  /** The central server cannot be used (not built into this version, or not reachable for enrolment). */
  | 'SYNC_UNAVAILABLE'
  /** The database file is damaged: the renderer shows the restore offer (details.backups). */
  | 'DB_CORRUPT'
  /** Another process holds the database's lock. */
  | 'DB_LOCKED'
  /** A backup could not be written, or a copy failed its integrity check. */
  | 'BACKUP_FAILED'
  | 'INTERNAL';

export type FieldIssue = { path: string; label: string; message: string };

export type AppError = {
  code: AppErrorCode;
  message: string;
  details?: unknown;
  errorId?: string;
};

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const err = (
  code: AppErrorCode,
  message: string,
  details?: unknown,
): { ok: false; error: AppError } =>
  details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };

/** Thrown inside a mutation to abort its transaction with an expected, user-facing error. */
export class AppFailure extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;
  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.details = details;
  }
  toError(): AppError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
