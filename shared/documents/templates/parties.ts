// Party blocks (model.ts PartyBlock) from the case's parties, by party type (reference §3.5 item 1; law art 28):
// worker 姓名, 性别, 出生日期, 民族, 公民身份号码, 住址; employer 名称, 统一社会信用代码, 住所, 法定代表人 and 职务;
// each principal followed by its agents with their authority (law art 24).

import type { Party as CaseParty } from '../../domain/case/party.schema';
import { partyRoleLabel } from '../../domain/reference-data';
import type { DocContext } from '../context';
import type { Block, Party } from '../model';
import type { Needs } from './need';
import { names } from './text';

type Principal = 'applicant' | 'respondent' | 'third_party';

/**
 * How much a document needs to say about a party:
 * - 'basic': what is known is printed (notices, decisions);
 * - 'application': law art 28 — the worker's sex and domicile, the employer's domicile and legal representative;
 * - 'full': the award and the 调解书 (§3.5 item 1) — also the worker's birth date and ID number and the employer's
 *   统一社会信用代码.
 */
export type PartyDetail = 'basic' | 'application' | 'full';

const ORDER: readonly Principal[] = ['applicant', 'respondent', 'third_party'];

/** The principals (not agents) in a role, in the case's order. */
export function principals(ctx: DocContext, role: Principal): CaseParty[] {
  return ctx.case.parties
    .filter((p) => p.role === role && p.kind !== 'agent')
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

/** The names of the principals in a role, joined with '、'. */
export const roleNames = (ctx: DocContext, role: Principal): string =>
  names(principals(ctx, role).map((p) => p.name));

/** The parties of a kind (workers or employers) among the principals, whatever their role. */
export const partiesOfKind = (ctx: DocContext, kind: 'worker' | 'employer'): CaseParty[] =>
  ORDER.flatMap((role) => principals(ctx, role)).filter((p) => p.kind === kind);

/** "你" for workers, "你单位" for employers, "你（单位）" for a mix (how the committee templates address parties). */
export function you(parties: readonly CaseParty[]): string {
  if (parties.length > 0 && parties.every((p) => p.kind === 'worker')) return '你';
  if (parties.length > 0 && parties.every((p) => p.kind === 'employer')) return '你单位';
  return '你（单位）';
}

/** '申请人张三与被申请人某某有限公司' (third parties are named in the party blocks only). */
export const partiesText = (ctx: DocContext): string =>
  `申请人${roleNames(ctx, 'applicant')}与被申请人${roleNames(ctx, 'respondent')}`;

const opt = (s: string | null): string | undefined => (s === null || s.trim() === '' ? undefined : s.trim());

function principalParty(p: CaseParty, detail: PartyDetail, need: Needs): Party {
  const role = partyRoleLabel(p.role);
  const fact = (what: string) => `${role}${p.name}的${what}`;
  const req = (v: string | null, what: string, levels: readonly PartyDetail[]): string | undefined =>
    levels.includes(detail) ? need.text(v, fact(what)) : opt(v);
  if (p.kind === 'employer') {
    const rep = req(p.legalRep, '法定代表人（主要负责人）', ['application', 'full']);
    const title = req(p.legalRepTitle, '法定代表人职务', ['application', 'full']);
    return {
      kind: 'employer',
      role,
      name: p.name,
      ...withValue('creditCode', req(p.creditCode, '统一社会信用代码', ['full'])),
      ...withValue('address', req(p.address, '住所', ['application', 'full'])),
      ...(rep === undefined || rep === '' ? {} : { legalRepresentative: { name: rep, title: title ?? '' } }),
    };
  }
  const sex = req(p.sex === null ? null : p.sex === 'male' ? '男' : '女', '性别', ['application', 'full']);
  return {
    kind: 'worker',
    role,
    name: p.name,
    ...(sex === '男' || sex === '女' ? { gender: sex } : {}),
    ...withValue('birthDate', req(p.birthDate, '出生日期', ['full'])),
    ...withValue('ethnicity', opt(p.ethnicity)),
    ...withValue('idNumber', req(p.idNumber, '公民身份号码', ['full'])),
    ...withValue('address', req(p.address, '住址', ['application', 'full'])),
  };
}

/** Spread `{ key: value }` only for a non-empty value (exactOptionalPropertyTypes). */
function withValue<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: string });
}

const AGENT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  lawyer: '律师',
  relative: '近亲属',
  union: '工会推荐的代理人',
};

function agentParty(a: CaseParty): Party {
  const authority =
    a.authority === 'special' ? '特别授权' : a.authority === 'general' ? '一般授权' : undefined;
  const description = a.agentType === null ? undefined : AGENT_DESCRIPTIONS[a.agentType];
  return {
    kind: 'agent',
    role: '委托代理人',
    name: a.name,
    ...(description === undefined ? {} : { description }),
    ...(authority === undefined ? {} : { authority }),
  };
}

/** Party blocks: applicants, respondents, third parties, each followed by its agents. */
export function partyBlocks(ctx: DocContext, need: Needs, detail: PartyDetail): Block[] {
  const blocks: Block[] = [];
  for (const role of ORDER) {
    for (const p of principals(ctx, role)) {
      blocks.push({ kind: 'party', party: principalParty(p, detail, need) });
      for (const a of ctx.case.parties.filter((x) => x.kind === 'agent' && x.representsPartyId === p.id)) {
        blocks.push({ kind: 'party', party: agentParty(a) });
      }
    }
  }
  return blocks;
}
