import type {
  EnrolArgs,
  LeaveArgs,
  RejectedMutation,
  SyncStatus,
} from '../../../shared/contracts/sync.schema';
import { err, type Result } from '../../../shared/result';
import type { Actor } from '../mutations/types';

/**
 * What the desktop's IPC handlers ask of sync (issue 11 item 10). One interface, two implementations: the
 * standalone one (no central server in this build or not enrolled) and the real one around the sync loop, so the
 * handlers and the UI never change when the loop is plugged in.
 */
export interface SyncService {
  /** The state for the header badge; cheap (the badge polls it every few seconds). */
  status(): SyncStatus;
  /** 立即同步: one round now, then the status after it (the current status when not enrolled). */
  syncNow(): Promise<SyncStatus>;
  /** Binds this desktop to a server with an account there; the password is never stored. */
  enrol(args: EnrolArgs, actor: Actor): Promise<Result<SyncStatus>>;
  /** Unbinds it; refused while changes wait to be uploaded unless `force` (see refuseLeave). */
  leave(args: LeaveArgs, actor: Actor): Promise<Result<SyncStatus>>;
  /** The outbox entries the server refused, newest first, with its reason. */
  rejected(): RejectedMutation[];
  /** Called with the new status whenever it changes (the shell may forward it to the renderer). */
  onChange(listener: (status: SyncStatus) => void): () => void;
}

/**
 * Binding or unbinding the desktop decides where every user's changes go, so it is the local administrator's
 * decision (the server checks the account separately). Shared by both implementations.
 */
export function refuseUnlessAdmin(actor: Actor, what: '接入' | '退出'): Result<never> | null {
  if (actor.roles.includes('admin')) return null;
  return err('FORBIDDEN', `只有系统管理员可以${what}中心服务器`);
}

/**
 * Leaving with changes still waiting means they never reach the server: refused unless the user said so
 * explicitly (`force`), and the message says how many.
 */
export function refuseLeave(status: SyncStatus, args: LeaveArgs): Result<never> | null {
  if (status.pending === 0 || args.force) return null;
  return err(
    'CONFLICT',
    `尚有 ${status.pending} 项未同步的修改，退出后它们不会再上传到中心服务器。请先立即同步；确需放弃上传，请选择强制退出`,
    { pending: status.pending },
  );
}
