import type { Resolver } from 'react-hook-form';
import { CaseFacts, type CaseDetail } from '../../../shared/domain/case/case.schema';
import {
  diffFacts,
  snapshotOf,
  snapshotOfFacts,
  type FactChange,
} from '../../../shared/domain/case/fact-diff';
import type { Party } from '../../../shared/domain/case/party.schema';
import { formatFen } from '../../../shared/format';
import { blankLimitation } from './limitation/limitation-form';
import {
  formPathFor,
  issuesToErrors,
  toRegisterInput,
  type FormIssue,
  type PartyForm,
  type RegisterForm,
} from './register-form-model';

/**
 * 更正 reuses the register form's value shape (and its sections), prefilled with the case's current facts; every
 * existing party and claim row keeps its id, so main edits it instead of adding a new one. The facts are checked
 * with CaseFacts — the rules registration applies — and the reason is required.
 */
export type CorrectForm = RegisterForm & { reason: string };
export type CorrectPayload = { facts: CaseFacts; reason: string };

const s = (v: string | null): string => v ?? '';

function partyForm(p: Party, all: readonly Party[]): PartyForm {
  return {
    id: p.id,
    kind: p.kind,
    role: p.role === 'agent' ? 'applicant' : p.role,
    name: p.name,
    idNumber: s(p.idNumber),
    sex: p.sex ?? '',
    birthDate: s(p.birthDate),
    ethnicity: s(p.ethnicity),
    address: s(p.address),
    phone: s(p.phone),
    creditCode: s(p.creditCode),
    legalRep: s(p.legalRep),
    legalRepTitle: s(p.legalRepTitle),
    representsIndex: all.findIndex((x) => x.id === p.representsPartyId),
    agentType: s(p.agentType),
    authority: s(p.authority),
  };
}

/** The case as it stands, in the form's shape; `receiptDate` is the 收件日期 as registered or last corrected. */
export function correctFormOf(c: CaseDetail, receiptDate: string): CorrectForm {
  return {
    kind: c.kind,
    officeId: c.officeId,
    receivedDate: receiptDate,
    reasons: [...c.reasons],
    isCollective: c.isCollective,
    workerCount: c.workerCount,
    isMigrantWage: c.isMigrantWage,
    summary: s(c.summary),
    parties: c.parties.map((p) => partyForm(p, c.parties)),
    claims: c.claims.map((cl) => ({
      id: cl.id,
      type: cl.type,
      description: s(cl.description),
      amountYuan: cl.amountFen === null ? '' : formatFen(cl.amountFen),
    })),
    limitation: blankLimitation(),
    reason: '',
  };
}

/** Form values → validated facts and reason, or the issues per form field. */
export function parseCorrection(
  v: CorrectForm,
): { ok: true; value: CorrectPayload } | { ok: false; issues: FormIssue[] } {
  const { input, claimIndex, limitationIndex, issues } = toRegisterInput(v);
  const { kind: _kind, limitation: _limitation, ...facts } = input as Record<string, unknown>;
  const parsed = CaseFacts.safeParse(facts);
  const all = [...issues];
  if (!parsed.success)
    all.push(
      ...parsed.error.issues.map((i) => ({
        path: formPathFor(i.path.map(String).join('.'), claimIndex, limitationIndex),
        message: i.message,
      })),
    );
  if (v.reason.trim() === '') all.push({ path: 'reason', message: '请填写更正理由' });
  else if (v.reason.trim().length > 500) all.push({ path: 'reason', message: '不能超过 500 个字符' });
  if (!parsed.success || all.length > 0) return { ok: false, issues: all };
  return { ok: true, value: { facts: parsed.data, reason: v.reason.trim() } };
}

export const correctResolver: Resolver<CorrectForm, unknown, CorrectPayload> = (values) => {
  const r = parseCorrection(values);
  return r.ok ? { values: r.value, errors: {} } : { values: {}, errors: issuesToErrors(r.issues) };
};

/** What the correction will change, shown before saving — the same computation main records. */
export function previewChanges(
  c: CaseDetail,
  receiptDate: string,
  facts: CaseFacts,
  officeName: (id: string) => string,
): FactChange[] {
  const before = snapshotOf({ ...c, receivedDate: receiptDate });
  const after = snapshotOfFacts(
    facts,
    facts.parties.map((p, i) => p.id ?? `new-party-${i}`),
    facts.claims.map((cl, i) => cl.id ?? `new-claim-${i}`),
  );
  return diffFacts(before, after, officeName);
}
