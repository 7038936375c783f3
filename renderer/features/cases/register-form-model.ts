import { set, type FieldError, type FieldErrors, type Resolver } from 'react-hook-form';
import type { In } from '../../../shared/contracts/ipc';
import { RegisterCaseArgs } from '../../../shared/domain/case/case.schema';
import { yuanToFen } from '../../../shared/format';
import {
  blankLimitation,
  limitationFormPath,
  toLimitationFacts,
  type LimitationForm,
  type LimitationRowIndex,
} from './limitation/limitation-form';

/**
 * The register form's own value shape. It differs from RegisterCaseArgs only where a screen needs it to:
 * every text box holds a string ('' = not filled in), amounts are typed in 元 as text, and a party row carries
 * the fields of all three kinds so useFieldArray can keep one row type. `toRegisterInput` turns it into the
 * contract's input, and the resolver validates that with the very schema main uses.
 */
export type PrincipalRole = 'applicant' | 'respondent' | 'third_party';
export type PartyKind = 'worker' | 'employer' | 'agent';

export type PartyForm = {
  /** Set when the row is an existing party being corrected (更正); a new row has none. */
  id?: string;
  kind: PartyKind;
  /** For workers and employers; an agent's role is always 'agent' and this value is ignored. */
  role: PrincipalRole;
  name: string;
  idNumber: string;
  sex: '' | 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  address: string;
  phone: string;
  creditCode: string;
  legalRep: string;
  legalRepTitle: string;
  /** Index of the represented party in `parties`; -1 = not chosen. */
  representsIndex: number;
  agentType: string;
  authority: string;
};

export type ClaimForm = { id?: string; type: string; description: string; amountYuan: string };

export type RegisterForm = {
  kind: 'mediation' | 'arbitration';
  officeId: string;
  receivedDate: string;
  reasons: string[];
  isCollective: boolean;
  workerCount: number | null;
  isMigrantWage: boolean;
  summary: string;
  parties: PartyForm[];
  claims: ClaimForm[];
  /** 仲裁时效（选填）: sent only when 知道或者应当知道权利被侵害之日 is filled in. */
  limitation: LimitationForm;
};

export type RegisterPayload = In<'cases:register'>;
export type FormIssue = { path: string; message: string };

const EMPTY_PARTY: Omit<PartyForm, 'kind' | 'role'> = {
  name: '',
  idNumber: '',
  sex: '',
  birthDate: '',
  ethnicity: '',
  address: '',
  phone: '',
  creditCode: '',
  legalRep: '',
  legalRepTitle: '',
  representsIndex: -1,
  agentType: '',
  authority: '',
};

export const blankWorker = (role: PrincipalRole): PartyForm => ({ ...EMPTY_PARTY, kind: 'worker', role });
export const blankEmployer = (role: PrincipalRole): PartyForm => ({ ...EMPTY_PARTY, kind: 'employer', role });
export const blankAgent = (representsIndex: number): PartyForm => ({
  ...EMPTY_PARTY,
  kind: 'agent',
  role: 'applicant',
  representsIndex,
});
export const blankClaim = (): ClaimForm => ({ type: '', description: '', amountYuan: '' });

/** A new intake: one applicant worker, one respondent employer, one empty claim row. */
export function defaultRegisterForm(officeId: string, today: string): RegisterForm {
  return {
    kind: 'arbitration',
    officeId,
    receivedDate: today,
    reasons: [],
    isCollective: false,
    workerCount: null,
    isMigrantWage: false,
    summary: '',
    parties: [blankWorker('applicant'), blankEmployer('respondent')],
    claims: [blankClaim()],
    limitation: blankLimitation(),
  };
}

const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

function partyInput(p: PartyForm): Record<string, unknown> {
  return p.id === undefined ? partyFields(p) : { id: p.id, ...partyFields(p) };
}

function partyFields(p: PartyForm): Record<string, unknown> {
  switch (p.kind) {
    case 'worker':
      return {
        kind: 'worker',
        role: p.role,
        name: p.name,
        idNumber: p.idNumber,
        sex: p.sex,
        birthDate: p.birthDate,
        ethnicity: opt(p.ethnicity),
        address: opt(p.address),
        phone: p.phone,
      };
    case 'employer':
      return {
        kind: 'employer',
        role: p.role,
        name: p.name,
        creditCode: p.creditCode,
        address: opt(p.address),
        legalRep: opt(p.legalRep),
        legalRepTitle: opt(p.legalRepTitle),
        phone: p.phone,
      };
    case 'agent':
      return {
        kind: 'agent',
        role: 'agent',
        name: p.name,
        representsIndex: p.representsIndex,
        // '' fails the enum with its own Chinese message ('请选择代理人类型'), which is what we want shown.
        agentType: p.agentType,
        authority: p.authority,
        phone: p.phone,
      };
  }
}

const claimIsBlank = (c: ClaimForm) =>
  c.type === '' && c.description.trim() === '' && c.amountYuan.trim() === '';

/**
 * Form values → contract input (still unvalidated). Completely blank claim rows are dropped, so `claimIndex`
 * maps the input's claim positions back to form rows; an unparsable amount becomes a form issue of its own.
 */
export function toRegisterInput(v: RegisterForm): {
  input: unknown;
  claimIndex: number[];
  limitationIndex: LimitationRowIndex;
  issues: FormIssue[];
} {
  const issues: FormIssue[] = [];
  const claimIndex: number[] = [];
  const claims: Record<string, unknown>[] = [];
  v.claims.forEach((c, i) => {
    if (claimIsBlank(c)) return;
    let amountFen: number | undefined;
    if (c.amountYuan.trim() !== '') {
      const fen = yuanToFen(c.amountYuan);
      if (fen === null) issues.push({ path: `claims.${i}.amountYuan`, message: '金额格式不正确' });
      else amountFen = fen;
    }
    claimIndex.push(i);
    claims.push({
      ...(c.id === undefined ? {} : { id: c.id }),
      type: c.type,
      description: opt(c.description),
      amountFen,
    });
  });
  const limitation = toLimitationFacts(v.limitation);
  const input = {
    kind: v.kind,
    officeId: v.officeId,
    receivedDate: v.receivedDate,
    reasons: v.reasons,
    isCollective: v.isCollective,
    // The count only means something for a collective dispute; a leftover number must not be sent.
    workerCount: v.isCollective && v.workerCount !== null ? v.workerCount : undefined,
    isMigrantWage: v.isMigrantWage,
    summary: opt(v.summary),
    parties: v.parties.map(partyInput),
    claims,
    limitation: limitation.facts,
  };
  return { input, claimIndex, limitationIndex: limitation.index, issues };
}

/**
 * A schema/server issue path ('claims.0.amountFen') → the form field that shows it ('claims.2.amountYuan');
 * likewise for the rows of the 仲裁时效 lists.
 */
export function formPathFor(
  issuePath: string,
  claimIndex: readonly number[],
  limitationIndex: LimitationRowIndex = { interruptions: [], suspensions: [] },
): string {
  const parts = issuePath === '' ? [] : issuePath.split('.');
  if (parts.length === 0) return 'root.server';
  // Errors about a whole list ('至少需要一名申请人') live on the list's root entry in react-hook-form.
  if (parts.length === 1 && (parts[0] === 'parties' || parts[0] === 'claims')) return `${parts[0]}.root`;
  if (parts[0] === 'claims' && parts[1] !== undefined) {
    const row = claimIndex[Number(parts[1])] ?? Number(parts[1]);
    const rest = parts.slice(2).map((p) => (p === 'amountFen' ? 'amountYuan' : p));
    return ['claims', String(row), ...rest].join('.');
  }
  return limitationFormPath(parts, limitationIndex);
}

/** Issues → react-hook-form's nested error object; the first issue per field wins. */
export function issuesToErrors(issues: readonly FormIssue[]): FieldErrors<RegisterForm> {
  const errors: FieldErrors<RegisterForm> = {};
  const seen = new Set<string>();
  for (const issue of issues) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    const error: FieldError = { type: 'validate', message: issue.message };
    set(errors, issue.path, error);
  }
  return errors;
}

/** Validates the converted values with RegisterCaseArgs (the schema main parses with). */
export const registerResolver: Resolver<RegisterForm, unknown, RegisterPayload> = (values) => {
  const { input, claimIndex, limitationIndex, issues } = toRegisterInput(values);
  const parsed = RegisterCaseArgs.safeParse(input);
  if (parsed.success && issues.length === 0) return { values: parsed.data, errors: {} };
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        path: formPathFor(i.path.map(String).join('.'), claimIndex, limitationIndex),
        message: i.message,
      }));
  return { values: {}, errors: issuesToErrors([...issues, ...schemaIssues]) };
};

/**
 * After removing party `removed`, the agents' `representsIndex` must follow the shift; an agent whose principal
 * was removed gets -1, so validation asks for a new 被代理人 rather than silently pointing at someone else.
 * Returns the updates to apply, by index in the list *after* removal.
 */
export function agentFixesAfterRemoval(
  parties: readonly PartyForm[],
  removed: number,
): { index: number; representsIndex: number }[] {
  const fixes: { index: number; representsIndex: number }[] = [];
  parties.forEach((p, i) => {
    if (i === removed || p.kind !== 'agent') return;
    const newIndex = i > removed ? i - 1 : i;
    if (p.representsIndex === removed) fixes.push({ index: newIndex, representsIndex: -1 });
    else if (p.representsIndex > removed)
      fixes.push({ index: newIndex, representsIndex: p.representsIndex - 1 });
  });
  return fixes;
}
