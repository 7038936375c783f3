import { z } from 'zod';
import { Password, Username } from './staff/staff.schema';
import { RequiredText } from '../schema/primitives';

/** First start: the committee, its administrator, and whether to load demo data. */
export const InitializeArgs = z.object({
  committeeName: RequiredText(100),
  shortName: RequiredText(20),
  adminName: RequiredText(50),
  username: Username,
  password: Password,
  demoCases: z.number().int().min(0).max(5000).default(0),
});
export type InitializeInput = z.input<typeof InitializeArgs>;

export const SetupStatus = z.object({
  initialized: z.boolean(),
  caseCount: z.number().int(),
});
