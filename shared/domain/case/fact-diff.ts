import { formatFen } from '../../format';
import { AGENT_AUTHORITIES, AGENT_TYPES, disputeReasonLabel, partyRoleLabel } from '../reference-data';
import type { CaseFacts } from './case.schema';
import type { Claim } from './claim.schema';
import type { Party } from './party.schema';
import { claimRecord, partyRecord } from './party-record';

/**
 * 更正: the facts of a case as comparable values, and the field-level difference between two of them with
 * Chinese labels — what the timeline shows as before → after, and what the form shows before saving. Pure, so
 * the renderer's preview and the mutation's record are the same computation.
 */
export type PartyFacts = Omit<Party, 'caseId' | 'sortOrder'>;
export type ClaimFacts = Omit<Claim, 'caseId' | 'sortOrder'>;

export type FactsSnapshot = {
  officeId: string;
  receivedDate: string;
  reasons: readonly string[];
  isCollective: boolean;
  workerCount: number | null;
  isMigrantWage: boolean;
  summary: string | null;
  parties: readonly PartyFacts[];
  claims: readonly ClaimFacts[];
};

/** One changed field: `field` is a stable path (parties by id), the rest is display text. */
export type FactChange = { field: string; label: string; before: string; after: string };

const NONE = '—';
const stripParty = ({ caseId: _c, sortOrder: _s, ...p }: Party): PartyFacts => p;
const stripClaim = ({ caseId: _c, sortOrder: _s, ...c }: Claim): ClaimFacts => c;

/** The stored facts (case detail with its parties and claims). */
export function snapshotOf(c: {
  officeId: string;
  receivedDate: string;
  reasons: readonly string[];
  isCollective: boolean;
  workerCount: number | null;
  isMigrantWage: boolean;
  summary: string | null;
  parties: readonly Party[];
  claims: readonly Claim[];
}): FactsSnapshot {
  return {
    officeId: c.officeId,
    receivedDate: c.receivedDate,
    reasons: [...c.reasons],
    isCollective: c.isCollective,
    workerCount: c.workerCount,
    isMigrantWage: c.isMigrantWage,
    summary: c.summary,
    parties: c.parties.map(stripParty),
    claims: c.claims.map(stripClaim),
  };
}

/**
 * Validated corrected facts as they would be stored. `partyIds`/`claimIds` give every row its id (existing or
 * new); the renderer passes placeholders for rows not yet saved.
 */
export function snapshotOfFacts(
  f: CaseFacts,
  partyIds: readonly string[],
  claimIds: readonly string[],
): FactsSnapshot {
  return {
    officeId: f.officeId,
    receivedDate: f.receivedDate,
    reasons: [...new Set(f.reasons)],
    isCollective: f.isCollective,
    workerCount: f.workerCount ?? null,
    isMigrantWage: f.isMigrantWage,
    summary: f.summary ?? null,
    parties: f.parties.map((p, i) => stripParty(partyRecord(p, partyIds[i] ?? `new-${i}`, '', partyIds, i))),
    claims: f.claims.map((c, i) => stripClaim(claimRecord(c, claimIds[i] ?? `new-${i}`, '', i))),
  };
}

const yesNo = (b: boolean) => (b ? '是' : '否');
const text = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? NONE : String(v);
const codeLabel = (list: readonly { code: string; label: string }[], v: string | null) =>
  v === null ? NONE : (list.find((x) => x.code === v)?.label ?? v);
const SEX: Record<string, string> = { male: '男', female: '女' };

const PARTY_FIELDS: readonly {
  key: keyof PartyFacts;
  label: string;
  show: (p: PartyFacts, names: (id: string | null) => string) => string;
}[] = [
  { key: 'role', label: '当事人地位', show: (p) => partyRoleLabel(p.role) },
  { key: 'name', label: '姓名/名称', show: (p) => text(p.name) },
  { key: 'idNumber', label: '公民身份号码', show: (p) => text(p.idNumber) },
  { key: 'creditCode', label: '统一社会信用代码', show: (p) => text(p.creditCode) },
  { key: 'sex', label: '性别', show: (p) => (p.sex === null ? NONE : (SEX[p.sex] ?? p.sex)) },
  { key: 'birthDate', label: '出生日期', show: (p) => text(p.birthDate) },
  { key: 'ethnicity', label: '民族', show: (p) => text(p.ethnicity) },
  { key: 'address', label: '住址', show: (p) => text(p.address) },
  { key: 'phone', label: '联系电话', show: (p) => text(p.phone) },
  { key: 'legalRep', label: '法定代表人', show: (p) => text(p.legalRep) },
  { key: 'legalRepTitle', label: '法定代表人职务', show: (p) => text(p.legalRepTitle) },
  { key: 'representsPartyId', label: '被代理人', show: (p, names) => names(p.representsPartyId) },
  { key: 'agentType', label: '代理人类型', show: (p) => codeLabel(AGENT_TYPES, p.agentType) },
  { key: 'authority', label: '代理权限', show: (p) => codeLabel(AGENT_AUTHORITIES, p.authority) },
];

const KIND: Record<string, string> = { worker: '劳动者', employer: '用人单位', agent: '代理人' };
const describeParty = (p: PartyFacts) =>
  `${p.name}（${p.kind === 'agent' ? '代理人' : `${partyRoleLabel(p.role)}，${KIND[p.kind] ?? p.kind}`}）`;

const describeClaim = (c: ClaimFacts) =>
  [disputeReasonLabel(c.type), c.description, c.amountFen === null ? null : `${formatFen(c.amountFen)} 元`]
    .filter((x) => x !== null && x !== '')
    .join('，');

/**
 * Every changed field, in the order the case page shows them: case facts, then parties, then claims. A party or
 * claim missing from `after` is voided (never deleted); one new in `after` is added. `officeName` turns an office
 * id into its name.
 */
export function diffFacts(
  before: FactsSnapshot,
  after: FactsSnapshot,
  officeName: (id: string) => string = (id) => id,
): FactChange[] {
  const out: FactChange[] = [];
  const push = (field: string, label: string, b: string, a: string) => {
    if (b !== a) out.push({ field, label, before: b, after: a });
  };
  push('officeId', '办案机构', officeName(before.officeId), officeName(after.officeId));
  push('receivedDate', '收件日期', before.receivedDate, after.receivedDate);
  const reasons = (r: readonly string[]) => (r.length === 0 ? NONE : r.map(disputeReasonLabel).join('、'));
  push('reasons', '案由', reasons(before.reasons), reasons(after.reasons));
  push('isCollective', '集体争议', yesNo(before.isCollective), yesNo(after.isCollective));
  push('workerCount', '劳动者人数', text(before.workerCount), text(after.workerCount));
  push('isMigrantWage', '农民工欠薪', yesNo(before.isMigrantWage), yesNo(after.isMigrantWage));
  push('summary', '事实与理由', text(before.summary), text(after.summary));

  const beforeNames = new Map(before.parties.map((p) => [p.id, p.name]));
  const afterNames = new Map(after.parties.map((p) => [p.id, p.name]));
  const nameIn = (m: Map<string, string>) => (id: string | null) =>
    id === null ? NONE : (m.get(id) ?? NONE);
  const oldParties = new Map(before.parties.map((p) => [p.id, p]));
  for (const p of after.parties) {
    const old = oldParties.get(p.id);
    if (old === undefined) {
      out.push({ field: `parties.${p.id}`, label: '新增当事人', before: NONE, after: describeParty(p) });
      continue;
    }
    for (const f of PARTY_FIELDS) {
      // The principal is compared by id: renaming the principal does not change whom the agent represents.
      if (f.key === 'representsPartyId' && old.representsPartyId === p.representsPartyId) continue;
      push(
        `parties.${p.id}.${f.key}`,
        `当事人 ${old.name} · ${f.label}`,
        f.show(old, nameIn(beforeNames)),
        f.show(p, nameIn(afterNames)),
      );
    }
  }
  for (const p of before.parties)
    if (!afterNames.has(p.id))
      out.push({ field: `parties.${p.id}`, label: '作废当事人', before: describeParty(p), after: NONE });

  const oldClaims = new Map(before.claims.map((c, i) => [c.id, { c, n: i + 1 }]));
  const newIds = new Set(after.claims.map((c) => c.id));
  for (const c of after.claims) {
    const old = oldClaims.get(c.id);
    if (old === undefined) {
      out.push({ field: `claims.${c.id}`, label: '新增请求事项', before: NONE, after: describeClaim(c) });
      continue;
    }
    const label = `请求事项 ${old.n}`;
    push(
      `claims.${c.id}.type`,
      `${label} · 请求类型`,
      disputeReasonLabel(old.c.type),
      disputeReasonLabel(c.type),
    );
    push(`claims.${c.id}.description`, `${label} · 请求内容`, text(old.c.description), text(c.description));
    const fen = (v: number | null) => (v === null ? NONE : `${formatFen(v)} 元`);
    push(`claims.${c.id}.amountFen`, `${label} · 金额`, fen(old.c.amountFen), fen(c.amountFen));
  }
  for (const [id, { c }] of oldClaims)
    if (!newIds.has(id))
      out.push({ field: `claims.${id}`, label: '作废请求事项', before: describeClaim(c), after: NONE });
  return out;
}
