import { z } from 'zod';
import { InitializeArgs } from '../../shared/domain/setup.schema';

/** 演示数据 default: enough cases to try search, filters and the list without waiting long at first start. */
export const DEFAULT_DEMO_CASES = 200;

/**
 * The setup form: InitializeArgs (what main validates) plus the two things only the screen has — the password
 * confirmation and the "load demo data" switch, which becomes `demoCases: 0` when off.
 */
export const SetupForm = InitializeArgs.omit({ demoCases: true })
  .extend({
    confirmPassword: z.string(),
    loadDemo: z.boolean(),
    demoCases: z
      .number({ message: '请填写案件数量' })
      .int({ message: '须为整数' })
      .min(1, { message: '至少 1 件' })
      .max(5000, { message: '最多 5000 件' })
      .nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirmPassword)
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: '两次输入的密码不一致' });
    if (v.loadDemo && v.demoCases === null)
      ctx.addIssue({ code: 'custom', path: ['demoCases'], message: '请填写案件数量' });
  });
export type SetupFormInput = z.input<typeof SetupForm>;
export type SetupFormValues = z.output<typeof SetupForm>;
