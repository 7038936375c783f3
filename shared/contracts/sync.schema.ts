import { z } from 'zod';
import { Username } from '../domain/staff/staff.schema';
import { RejectedForAdoption } from '../sync/adoption';

/**
 * Sync as the user sees it (issue 11 item 10): the header badge, 立即同步, the 同步设置 page and the list of
 * mutations the server refused. The main process answers from its SyncService; the renderer never sees the
 * outbox itself.
 */

export const SYNC_STATES = [
  'standalone',
  'offline',
  'syncing',
  'pending',
  'synced',
  'error',
  'signin_required',
  'upgrade_required',
] as const;
export const SyncState = z.enum(SYNC_STATES);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  enrolled: z.boolean(),
  serverUrl: z.string().nullable(),
  officeName: z.string().nullable(),
  state: SyncState,
  /** Outbox entries not yet decided by the server (pending, in flight or held back for an upgrade). */
  pending: z.number().int().nonnegative(),
  /** Outbox entries the server refused; each is listed by sync:rejected with its reason. */
  rejected: z.number().int().nonnegative(),
  /** ISO timestamp of the last round that finished without a failure. */
  lastSyncAt: z.string().nullable(),
  /** Why the last round failed, in Chinese (state 'error', 'offline', 'signin_required', 'upgrade_required'). */
  error: z.string().nullable(),
  /** The version of the committee's reference data this desktop holds (calendar, rules, templates). */
  referenceVersion: z.string().nullable(),
  /**
   * Files (attachments, generated documents) still to go up to the server or come down from it, how many of them
   * failed at the last try, and the latest failure's reason in Chinese: a failed upload holds back the changes
   * that name the file, so a person must be able to see why.
   */
  files: z.object({
    waiting: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    reason: z.string().nullable(),
  }),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const RejectedMutation = z.object({
  mutationId: z.number().int().positive(),
  name: z.string(),
  /** The mutation's Chinese name (MUTATIONS[name].label), or the name itself for one this version lacks. */
  label: z.string(),
  /** When the user made the change on this desktop (ISO). */
  at: z.string(),
  /** The server's reason, in Chinese. */
  reason: z.string(),
  /** Machine-readable, e.g. 'not_authorized'; empty when the server gave none. */
  code: z.string(),
});
export type RejectedMutation = z.infer<typeof RejectedMutation>;

/**
 * The central server's address: http or https, a host and an optional port and path; no user name, password,
 * query or fragment in it (the account is asked for separately, and a token never goes into a URL).
 */
export const ServerUrl = z
  .string({ message: '不能为空' })
  .trim()
  .min(1, { message: '不能为空' })
  .max(200, { message: '不能超过 200 个字符' })
  .pipe(
    z.url({
      protocol: /^https?$/,
      message: '须为以 http:// 或 https:// 开头的网址，例如 http://192.168.1.10:8787',
    }),
  )
  .refine((s) => /^https?:\/\/[^/?#@\s]+(\/[^?#\s]*)?$/i.test(s), {
    message: '不能包含用户名、密码、问号或井号，账号请在下方填写',
  })
  .transform((s) => s.replace(/\/+$/, ''));

export const EnrolArgs = z
  .object({
    serverUrl: ServerUrl,
    username: Username,
    password: z.string({ message: '请输入密码' }).min(1, { message: '请输入密码' }).max(128),
  })
  .strict();
export type EnrolArgs = z.infer<typeof EnrolArgs>;

export const LeaveArgs = z
  .object({
    confirm: z.literal(true, { message: '请确认退出中心服务器' }),
    /** Leave even though changes are still waiting to be uploaded (they then never reach the server). */
    force: z.boolean().default(false),
  })
  .strict();
export type LeaveArgs = z.infer<typeof LeaveArgs>;

const Empty = z.object({}).strict();

/** The local audit trail's hash chain, recomputed (issue 12 item 6). */
export const AuditChainReport = z.object({
  entries: z.number().int().nonnegative(),
  /** Entries written before the chain existed: kept, with no hash to check. */
  unchained: z.number().int().nonnegative(),
  broken: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditChainReport = z.infer<typeof AuditChainReport>;

/**
 * 待采纳的操作 (sync §2.10): mutations the server refused because their author had lost access (deactivated or
 * moved) by the time they arrived, as a director of the office sees them; `label` is the mutation's Chinese name.
 */
export const AdoptableMutation = RejectedForAdoption.omit({ args: true }).extend({ label: z.string() });
export type AdoptableMutation = z.infer<typeof AdoptableMutation>;

export const AdoptArgs = z
  .object({
    clientId: z.string().min(1).max(128),
    mutationId: z.number().int().positive(),
    reason: z
      .string()
      .trim()
      .min(1, { message: '请填写采纳理由' })
      .max(500, { message: '不能超过 500 个字符' }),
  })
  .strict();
export type AdoptArgs = z.infer<typeof AdoptArgs>;

/** The new local mutation that carries the adopted one (it syncs like any other change of the director's). */
export const AdoptResult = z.object({ mutationId: z.number().int().positive(), label: z.string() });
export type AdoptResult = z.infer<typeof AdoptResult>;

export const SyncContract = {
  'sync:status': { input: Empty, output: SyncStatus },
  'sync:now': { input: Empty, output: SyncStatus },
  'sync:enrol': { input: EnrolArgs, output: SyncStatus },
  'sync:leave': { input: LeaveArgs, output: SyncStatus },
  'sync:rejected': { input: Empty, output: z.array(RejectedMutation) },
  'sync:adoptable': { input: Empty, output: z.array(AdoptableMutation) },
  'sync:adopt': { input: AdoptArgs, output: AdoptResult },
  'audit:verify': { input: Empty, output: AuditChainReport },
} as const;
