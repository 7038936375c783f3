import { z } from 'zod';
import { validateCaseNumberPattern } from './case-number';

/**
 * A station's (调解组织) own letterhead and mediation number series (issue 11 item 5). Stored per office under
 * `office.profile.<officeId>`; the committee keeps its `committee.profile` (CommitteeProfileView), which also
 * carries the document settings that stay the committee's (大写金额).
 */
export const OfficeProfileView = z.object({
  name: z.string().trim().min(1, { message: '请填写调解组织名称' }).max(100),
  shortName: z.string().trim().min(1, { message: '请填写简称' }).max(20),
  address: z.string().trim().max(200),
  phone: z.string().trim().max(50),
  sealText: z.string().trim().max(100),
  numberPattern: z
    .string()
    .trim()
    .min(1, { message: '请填写调解案号格式' })
    .max(100)
    .superRefine((p, ctx) => {
      // The same placeholder rules as the committee's 案号 ({简称} {年} {号} {类型}; {年} and {号} required).
      const r = validateCaseNumberPattern(p);
      if (!r.ok)
        ctx.addIssue({ code: 'custom', message: r.error.message.replace('案号格式', '调解案号格式') });
    }),
});
export type OfficeProfileView = z.infer<typeof OfficeProfileView>;

/** A station's mediation numbers unless its administrator sets another pattern. */
export const DEFAULT_MEDIATION_NUMBER_PATTERN = '{简称}调字〔{年}〕第{号}号';

const PREFIX = 'office.profile.';
// Office ids are UUIDs on every desktop; the pattern also admits the short ids tests and the server's
// create-admin use, but never a dot, so a key names exactly one office.
const OFFICE_PROFILE_KEY_RE = /^office\.profile\.[A-Za-z0-9_-]{1,64}$/;

/** The settings key of an office's profile. */
export const officeProfileKey = (officeId: string): string => `${PREFIX}${officeId}`;

/** The office a settings key is the profile of, or null for any other key. */
export const officeOfProfileKey = (key: string): string | null =>
  OFFICE_PROFILE_KEY_RE.test(key) ? key.slice(PREFIX.length) : null;

/** The settings.set key of an office profile, for the mutation's args schema. */
export const OfficeProfileKey = z.string().regex(OFFICE_PROFILE_KEY_RE, { message: '设置项不正确' });
