import { newCompactId } from '../../shared/util/compact-id';
import { fieldIssues } from '../../shared/schema/field-labels';
import { CreateAdminArgs, createAdmin, type CreateAdminResult } from '../admin/create-admin';
import { hashPassword } from '../auth/password';
import type { ServerDb } from '../db/types';
import { CliUsageError, type CreateAdminConfig } from './args';

/** Which flag each argument comes from, so a message points at what to retype. */
const FLAG: Record<string, string> = {
  username: '--username',
  password: '--password',
  name: '--name',
  committee: '--committee',
  shortName: '--short-name',
};

export function createAdminArgs(cfg: CreateAdminConfig): CreateAdminArgs {
  const parsed = CreateAdminArgs.safeParse({
    username: cfg.username,
    password: cfg.password,
    name: cfg.name,
    committee: cfg.committee,
    shortName: cfg.shortName,
  });
  if (parsed.success) return parsed.data;
  const lines = fieldIssues(parsed.error).map((i) => `  ${FLAG[i.path] ?? i.path}（${i.message}）`);
  throw new CliUsageError(`create-admin 参数有误：\n${lines.join('\n')}`);
}

export const describeCreated = (r: CreateAdminResult): string =>
  [
    r.officeCreated
      ? `已创建委员会「${r.office.name}」（简称「${r.office.shortName}」，编号 ${r.office.id}）`
      : `使用已有委员会「${r.office.name}」（编号 ${r.office.id}）`,
    `已创建管理员「${r.staff.name}」：用户名 ${r.staff.username}，角色 管理员、主任，编号 ${r.staff.id}`,
    `同步序号 ${r.seqs.join(', ')}：各桌面端下次同步时收到。`,
  ].join('\n');

export async function runCreateAdmin(args: CreateAdminArgs, db: ServerDb): Promise<string> {
  const result = await createAdmin(db, args, {
    now: () => new Date(),
    newId: newCompactId,
    hashPassword,
  });
  return describeCreated(result);
}
