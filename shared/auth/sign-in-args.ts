import { z } from 'zod';
import { Id } from '../schema/primitives';
import { storedParams } from './password-hash';

/**
 * A stored hash in the one format with parameters a hash may name (./password-hash.ts). A hash that would never
 * verify is refused at the boundary, so an upgrade cannot lock its owner out by writing one.
 */
export const StoredPasswordHash = z
  .string()
  .min(20)
  .max(400)
  .refine((h) => storedParams(h) !== null, { message: '密码存储格式无效' });

/** `staff.upgradePasswordHash`: after a good sign-in, the account's hash re-written with today's parameters. */
export const UpgradePasswordHashArgs = z.object({ staffId: Id, passwordHash: StoredPasswordHash }).strict();

/**
 * `staff.recordSignInRefusal`: a refused sign-in of an existing account, so it reaches the audit chain on this
 * desktop and on the server (which files its own refused enrolments as `signin.failed` / `signin.throttled`).
 */
export const SignInRefusalArgs = z
  .object({
    staffId: Id,
    outcome: z.enum(['failed', 'throttled']),
    /** For a throttled attempt: how long the person was told to wait. */
    waitMs: z.number().int().nonnegative().nullable(),
  })
  .strict();
