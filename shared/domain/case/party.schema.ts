import { z } from 'zod';
import { AGENT_AUTHORITIES, AGENT_TYPES } from '../reference-data';
import {
  CreditCode,
  Id,
  IdNumber,
  IsoDate,
  OptionalText,
  Phone,
  RequiredText,
  optional,
} from '../../schema/primitives';
import { validateIdNumber } from '../../validate';

const Sex = z.enum(['male', 'female'], { message: '请选择性别' });
const PrincipalRole = z.enum(['applicant', 'respondent', 'third_party'], {
  message: '请选择当事人地位',
});

const WorkerParty = z.object({
  id: Id.optional(),
  kind: z.literal('worker'),
  role: PrincipalRole,
  name: RequiredText(50),
  idNumber: optional(IdNumber),
  sex: optional(Sex),
  birthDate: optional(IsoDate),
  ethnicity: OptionalText(20),
  address: OptionalText(200),
  phone: optional(Phone),
});

const EmployerParty = z.object({
  id: Id.optional(),
  kind: z.literal('employer'),
  role: PrincipalRole,
  name: RequiredText(100),
  creditCode: optional(CreditCode),
  address: OptionalText(200),
  legalRep: OptionalText(50),
  legalRepTitle: OptionalText(50),
  phone: optional(Phone),
});

const AgentParty = z.object({
  id: Id.optional(),
  kind: z.literal('agent'),
  role: z.literal('agent'),
  name: RequiredText(50),
  representsIndex: z.number().int().nonnegative({ message: '请选择被代理人' }),
  agentType: z.enum(AGENT_TYPES.map((t) => t.code) as ['lawyer', 'relative', 'union', 'other'], {
    message: '请选择代理人类型',
  }),
  authority: z.enum(AGENT_AUTHORITIES.map((a) => a.code) as ['general', 'special'], {
    message: '请选择代理权限',
  }),
  idNumber: optional(IdNumber),
  phone: optional(Phone),
});

/**
 * A worker's sex and birth date follow from the 公民身份号码 (reference §7.1); when both are given they must agree,
 * so a typo in either is caught at intake instead of on the award.
 */
export const PartyInput = z
  .discriminatedUnion('kind', [WorkerParty, EmployerParty, AgentParty], {
    message: '请选择当事人类型',
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'worker' || p.idNumber === undefined) return;
    const derived = validateIdNumber(p.idNumber);
    if (p.sex !== undefined && derived.sex !== undefined && derived.sex !== p.sex)
      ctx.addIssue({ code: 'custom', path: ['sex'], message: '与公民身份号码不符' });
    if (p.birthDate !== undefined && derived.birthDate !== undefined && derived.birthDate !== p.birthDate)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '与公民身份号码不符' });
  });
export type PartyInput = z.infer<typeof PartyInput>;
export type PartyInputRaw = z.input<typeof PartyInput>;

export const Party = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(['worker', 'employer', 'agent']),
  role: z.enum(['applicant', 'respondent', 'third_party', 'agent']),
  name: z.string(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  legalRep: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
  representsPartyId: z.string().nullable(),
  agentType: z.string().nullable(),
  authority: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type Party = z.infer<typeof Party>;
