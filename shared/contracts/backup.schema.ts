import { z } from 'zod';

/** 备份与恢复 (issue 14 item 4): the backups folder, scheduled backups and restore, for directors and admins. */
export const BackupKind = z.enum(['daily', 'exit', 'manual', 'migration', 'sync', 'other']);
export const BackupView = z.object({
  name: z.string(),
  at: z.string(),
  size: z.number().int(),
  kind: BackupKind,
  /** The last check of this copy: null when it was never checked (copies from before this version). */
  check: z.object({ ok: z.boolean(), at: z.string(), problems: z.array(z.string()) }).nullable(),
});
export type BackupView = z.infer<typeof BackupView>;

export const DbHealthView = z.object({
  state: z.enum(['checking', 'ok', 'damaged']),
  problems: z.array(z.string()),
  checkedAt: z.string().nullable(),
  /** The last scheduled backup that could not be written or failed its check (shown until one succeeds). */
  backupFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type DbHealthView = z.infer<typeof DbHealthView>;

export const BackupListView = z.object({
  backups: z.array(BackupView),
  keep: z.number().int(),
  folder: z.string(),
  health: DbHealthView,
});
export type BackupListView = z.infer<typeof BackupListView>;

/** Only names the app itself gives backups: no path, so no other file can be named. */
export const BackupName = z
  .string()
  .regex(/^cases-\d{8}T\d{6}Z?-[a-z0-9-]+\.sqlite$/, { message: '备份文件名无效' });
const Confirmed = z.literal(true, { message: '恢复前须确认' });
const Empty = z.object({}).strict();

export const BackupContract = {
  'backup:list': { input: Empty, output: BackupListView },
  'backup:create': { input: Empty, output: BackupView },
  'backup:verify': { input: z.object({ name: BackupName }).strict(), output: BackupView },
  'backup:restore': {
    input: z.object({ name: BackupName, confirmed: Confirmed }).strict(),
    output: z.object({ restarting: z.boolean() }),
  },
  'backup:setKeep': {
    input: z
      .object({
        keep: z.number().int().min(1, { message: '至少保留 1 份' }).max(90, { message: '最多保留 90 份' }),
      })
      .strict(),
    output: z.object({ keep: z.number().int() }),
  },
  /** Public: the damaged-database screen must work without signing in; backups listed only when damaged. */
  'health:status': {
    input: Empty,
    output: z.object({ health: DbHealthView, backups: z.array(BackupView) }),
  },
  /** Public, and refused unless the database is known to be damaged (the startup dialog's offer, in the window). */
  'recovery:restore': {
    input: z.object({ name: BackupName, confirmed: Confirmed }).strict(),
    output: z.object({ restarting: z.boolean() }),
  },
} as const;
