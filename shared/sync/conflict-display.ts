import { formatFen } from '../format';
import { disputeReasonLabel, partyRoleLabel } from '../domain/reference-data';
import type { SyncEntity } from './entities';

/**
 * How a conflict's fields read to a person (the 冲突处理 screen, the case page's 有冲突 marks and the timeline
 * entry of a resolution): the field's Chinese label and a value as text. Pure, so the renderer and the planner
 * that records the resolution say the same thing.
 */
const LABELS: Partial<Record<SyncEntity, Readonly<Record<string, string>>>> = {
  case: {
    reasons: '案由',
    isCollective: '集体争议',
    workerCount: '劳动者人数',
    isMigrantWage: '农民工欠薪',
    summary: '事实与理由',
  },
  party: {
    kind: '当事人类别',
    role: '当事人地位',
    name: '姓名/名称',
    idNumber: '公民身份号码',
    creditCode: '统一社会信用代码',
    sex: '性别',
    birthDate: '出生日期',
    ethnicity: '民族',
    address: '住址',
    phone: '联系电话',
    legalRep: '法定代表人',
    legalRepTitle: '法定代表人职务',
    representsPartyId: '被代理人',
    agentType: '代理人类型',
    authority: '代理权限',
  },
  claim: { type: '请求类型', amountFen: '请求金额', description: '请求内容' },
  elementSheet: { data: '要素表内容' },
};

const ENTITY_LABELS: Partial<Record<SyncEntity, string>> = {
  case: '案件信息',
  party: '当事人',
  claim: '仲裁请求',
  elementSheet: '要素表',
};

export const conflictFieldLabel = (entity: string, field: string): string =>
  (LABELS as Record<string, Record<string, string> | undefined>)[entity]?.[field] ?? field;

export const conflictEntityLabel = (entity: string): string =>
  (ENTITY_LABELS as Record<string, string | undefined>)[entity] ?? entity;

const SEX: Record<string, string> = { male: '男', female: '女' };

/** A stored value as a person reads it; '—' for none. */
export function conflictValueText(entity: string, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (entity === 'claim' && field === 'amountFen' && typeof v === 'number') return `${formatFen(v)} 元`;
  if (entity === 'case' && field === 'reasons' && Array.isArray(v))
    return v.map((r) => disputeReasonLabel(String(r))).join('、') || '—';
  if (entity === 'claim' && field === 'type' && typeof v === 'string') return disputeReasonLabel(v);
  if (entity === 'party' && field === 'role' && typeof v === 'string') return partyRoleLabel(v);
  if (entity === 'party' && field === 'sex' && typeof v === 'string') return SEX[v] ?? v;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}
