import { z } from 'zod';
import { IdleLockSettings } from '../auth/idle-lock-settings';
import { SessionUser } from '../domain/staff/staff.schema';

const Empty = z.object({}).strict();

/** What the lock screen needs to know: whether this session is locked, and after how long idle it locks. */
export const LockState = z.object({ locked: z.boolean(), idleMinutes: z.number().int() });
export type LockState = z.infer<typeof LockState>;

/**
 * The lock (issue 15 item 3). `auth:lock` is the renderer's idle timer; the shell locks every session itself when
 * the OS locks the screen or suspends. While locked the dispatcher serves only `auth:unlock`, `auth:signOut`,
 * `auth:lock` and `auth:lockState` for that session (electron/main/ipc/dispatch.ts).
 */
export const LockContract = {
  'auth:lock': { input: Empty, output: z.object({ locked: z.literal(true) }) },
  'auth:unlock': {
    input: z.object({ password: z.string().min(1, { message: '请输入密码' }).max(128) }).strict(),
    output: SessionUser,
  },
  'auth:lockState': { input: Empty, output: LockState },
  /** 设置 › 安全: administrators only (checked in the service; settings.set checks the roles again). */
  'idleLock:set': { input: IdleLockSettings, output: z.object({ saved: z.boolean() }) },
} as const;
