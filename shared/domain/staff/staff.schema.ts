import { z } from 'zod';
import { STAFF_ROLE_CODES } from '../reference-data';
import { Id, RequiredText } from '../../schema/primitives';

export const StaffRole = z.enum(STAFF_ROLE_CODES, { message: '角色无效' });

export const Username = z
  .string({ message: '不能为空' })
  .trim()
  .min(2, { message: '至少 2 个字符' })
  .max(32, { message: '不能超过 32 个字符' })
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fff]+$/, { message: '只能包含字母、数字、汉字和 _ . -' });

/** Passwords never leave main except as the typed secret; 8+ characters is the floor for local accounts. */
export const Password = z
  .string({ message: '不能为空' })
  .min(8, { message: '至少 8 个字符' })
  .max(128, { message: '不能超过 128 个字符' });

export const SessionUser = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  roles: z.array(StaffRole),
  officeId: z.string(),
  officeName: z.string(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const CreateStaffArgs = z.object({
  id: Id.optional(),
  officeId: Id,
  name: RequiredText(50),
  username: Username,
  password: Password,
  roles: z.array(StaffRole).min(1, { message: '请至少选择一个角色' }),
});
export type CreateStaffArgs = z.infer<typeof CreateStaffArgs>;

export const StaffSummary = z.object({
  id: z.string(),
  officeId: z.string(),
  name: z.string(),
  username: z.string(),
  roles: z.array(StaffRole),
  active: z.boolean(),
});
export type StaffSummary = z.infer<typeof StaffSummary>;
