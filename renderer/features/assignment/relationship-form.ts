import type { In } from '../../../shared/contracts/ipc';

export type RelationshipFormValues = {
  staffId: string;
  partyName: string;
  idNumber: string;
  creditCode: string;
  relation: string;
  note: string;
};
export type RelationshipFormErrors = Partial<Record<keyof RelationshipFormValues, string>>;

/** 调解仲裁法第三十三条: 近亲属, 利害关系, 其他可能影响公正裁决的关系. */
export const RELATIONS = ['近亲属', '利害关系', '其他可能影响公正仲裁的关系'] as const;

export const blankRelationship = (staffId: string): RelationshipFormValues => ({
  staffId,
  partyName: '',
  idNumber: '',
  creditCode: '',
  relation: '',
  note: '',
});

/** Presence checks only; the ID-number and credit-code checksums are main's (the message names the field). */
export function relationshipFormErrors(v: RelationshipFormValues): RelationshipFormErrors {
  const e: RelationshipFormErrors = {};
  if (v.staffId === '') e.staffId = '请选择人员';
  if (v.relation.trim() === '') e.relation = '请选择或填写关系';
  else if (v.relation.trim().length > 50) e.relation = '不能超过 50 个字符';
  if ([v.partyName, v.idNumber, v.creditCode].every((x) => x.trim() === ''))
    e.partyName = '请填写对方的公民身份号码、统一社会信用代码或名称/姓名中的至少一项';
  else if (v.partyName.trim().length > 100) e.partyName = '不能超过 100 个字符';
  if (v.note.trim().length > 200) e.note = '不能超过 200 个字符';
  return e;
}

export function relationshipInput(v: RelationshipFormValues): In<'staff:declareRelationship'> {
  const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const partyName = opt(v.partyName);
  const idNumber = opt(v.idNumber);
  const creditCode = opt(v.creditCode);
  const note = opt(v.note);
  return {
    staffId: v.staffId,
    relation: v.relation.trim(),
    ...(partyName === undefined ? {} : { partyName }),
    ...(idNumber === undefined ? {} : { idNumber: idNumber.toUpperCase() }),
    ...(creditCode === undefined ? {} : { creditCode: creditCode.toUpperCase() }),
    ...(note === undefined ? {} : { note }),
  };
}
