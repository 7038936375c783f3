import type { AppCore } from '../../electron/main/app-core';
import type { Actor } from '../../electron/main/mutations/types';
import { toActor, toSessionUser } from '../../electron/main/services/auth-service';
import { InitializeArgs } from '../../shared/domain/setup.schema';

export const DEMO_COMMITTEE = '示例市劳动人事争议仲裁委员会';
export const DEMO_SHORT_NAME = '示劳';
export const DEMO_ADMIN_USERNAME = 'admin';
export const DEMO_ADMIN_PASSWORD = 'admin12345';

export type AdminResult =
  { ok: true; actor: Actor; username: string; initialized: boolean } | { ok: false; message: string };

/**
 * The administrator that seeds cases (historical import is admin-only). A fresh database is initialised with
 * the demo committee and an `admin` account first; an initialised one uses its first active administrator.
 */
export function ensureDemoAdmin(core: AppCore, password: string = DEMO_ADMIN_PASSWORD): AdminResult {
  const { services } = core;
  if (!services.setup.status().initialized) {
    const args = InitializeArgs.safeParse({
      committeeName: DEMO_COMMITTEE,
      shortName: DEMO_SHORT_NAME,
      adminName: '系统管理员',
      username: DEMO_ADMIN_USERNAME,
      password,
      demoCases: 0,
    });
    if (!args.success) {
      const issue = args.error.issues[0];
      return { ok: false, message: `初始化参数无效：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}` };
    }
    const r = services.setup.initialize(args.data);
    if (!r.ok) return { ok: false, message: `初始化失败：${r.error.message}` };
    return { ok: true, actor: toActor(r.value), username: r.value.username, initialized: true };
  }
  const admin = services.repos.staff.list().find((s) => s.active && s.roles.includes('admin'));
  if (!admin) return { ok: false, message: '数据库已初始化，但没有可用的管理员账号' };
  return {
    ok: true,
    actor: toActor(toSessionUser(services.repos, admin)),
    username: admin.username,
    initialized: false,
  };
}
