import { dayOf } from '../util/day-number';
import { COLLECTIVE_MIN_WORKERS, type RiskSettings } from './risk-settings';

/**
 * 风险预警 (issue 13 item 4): what a registration or an open case should make a person look twice at. Pure, so
 * the register form (before saving) and the dashboard (over every open case) flag alike.
 */
export type RiskParty = {
  role: string;
  name: string;
  idNumber?: string | null;
  creditCode?: string | null;
};

/** A registered case as the detection needs it (the desktop reads these from its repositories). */
export type RiskCase = {
  id: string;
  caseNo: string;
  open: boolean;
  receivedDate: string;
  isCollective: boolean;
  workerCount: number | null;
  parties: readonly RiskParty[];
};

/** A registration being entered: no id or number yet. */
export type RiskCandidate = Omit<RiskCase, 'id' | 'caseNo' | 'open'> & { id?: string };

export const RISK_KINDS = [
  { code: 'collective', label: '集体争议' },
  { code: 'duplicate', label: '疑似重复登记' },
  { code: 'repeat_applicant', label: '同一申请人再次申请' },
  { code: 'employer_open_cases', label: '同一用人单位多起未结案件' },
] as const;
export type RiskKind = (typeof RISK_KINDS)[number]['code'];

export type RiskWarning = { kind: RiskKind; label: string; message: string; caseIds: string[] };

// An ID number or credit code identifies a party (stored normalised, upper case); a name only when none is known.
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').toUpperCase();
const keyOf = (p: RiskParty): string =>
  norm(p.idNumber) !== ''
    ? `id:${norm(p.idNumber)}`
    : norm(p.creditCode) !== ''
      ? `cc:${norm(p.creditCode)}`
      : `nm:${norm(p.name)}`;
const keysOf = (c: Pick<RiskCase, 'parties'>, role: string) =>
  new Set(c.parties.filter((p) => p.role === role && norm(p.name) !== '').map(keyOf));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((k) => b.has(k));
const label = (kind: RiskKind) => RISK_KINDS.find((k) => k.code === kind)?.label ?? kind;
const nos = (cs: readonly RiskCase[]) => cs.map((c) => c.caseNo).join('、');

export const isCollectiveCase = (c: Pick<RiskCase, 'isCollective' | 'workerCount'>): boolean =>
  c.isCollective || (c.workerCount ?? 0) >= COLLECTIVE_MIN_WORKERS;

/**
 * The warnings for one case (a registration being entered, or a registered case) against the others. A probable
 * duplicate — the same applicant's ID number against the same employer within the window — is named as such and
 * not again as a mere repeat applicant.
 */
export function riskWarnings(
  c: RiskCandidate,
  others: readonly RiskCase[],
  settings: RiskSettings,
): RiskWarning[] {
  const rest = others.filter((o) => o.id !== c.id);
  const applicants = keysOf(c, 'applicant');
  const employers = keysOf(c, 'respondent');
  const ids = new Set([...applicants].filter((k) => k.startsWith('id:')));
  const out: RiskWarning[] = [];
  if (isCollectiveCase(c))
    out.push({
      kind: 'collective',
      label: label('collective'),
      message: `集体争议（劳动者${c.workerCount ?? COLLECTIVE_MIN_WORKERS}人以上），请优先处理并按集体争议程序办理`,
      caseIds: [],
    });
  const day = dayOf(c.receivedDate);
  const duplicates = rest.filter(
    (o) =>
      meets(ids, keysOf(o, 'applicant')) &&
      meets(employers, keysOf(o, 'respondent')) &&
      Math.abs(dayOf(o.receivedDate) - day) <= settings.duplicateWindowDays,
  );
  if (duplicates.length > 0)
    out.push({
      kind: 'duplicate',
      label: label('duplicate'),
      message: `同一身份证号码、同一用人单位在 ${settings.duplicateWindowDays} 日内已登记：${nos(duplicates)}，请核实是否重复登记`,
      caseIds: duplicates.map((o) => o.id),
    });
  const dup = new Set(duplicates.map((o) => o.id));
  const again = rest.filter((o) => !dup.has(o.id) && meets(applicants, keysOf(o, 'applicant')));
  if (again.length > 0)
    out.push({
      kind: 'repeat_applicant',
      label: label('repeat_applicant'),
      message: `申请人此前已有案件：${nos(again)}`,
      caseIds: again.map((o) => o.id),
    });
  const sameEmployer = rest.filter((o) => o.open && meets(employers, keysOf(o, 'respondent')));
  // "Several": this case and the others open against the employer reach the committee's threshold.
  if (sameEmployer.length + 1 >= settings.employerOpenCases)
    out.push({
      kind: 'employer_open_cases',
      label: label('employer_open_cases'),
      message: `被申请人另有 ${sameEmployer.length} 起未结案件：${nos(sameEmployer)}，请关注群体性风险`,
      caseIds: sameEmployer.map((o) => o.id),
    });
  return out;
}

export type RiskRow = { case: RiskCase; warnings: RiskWarning[] };

/**
 * The 风险预警 dashboard: every open case with at least one warning, collective disputes first, then the cases
 * with more warnings, then the most recently received (ties by case number, so the order never depends on input).
 */
export function riskDashboard(cases: readonly RiskCase[], settings: RiskSettings): RiskRow[] {
  return cases
    .filter((c) => c.open)
    .map((c) => ({ case: c, warnings: riskWarnings(c, cases, settings) }))
    .filter((r) => r.warnings.length > 0)
    .sort(
      (a, b) =>
        Number(isCollectiveCase(b.case)) - Number(isCollectiveCase(a.case)) ||
        b.warnings.length - a.warnings.length ||
        (a.case.receivedDate < b.case.receivedDate
          ? 1
          : a.case.receivedDate > b.case.receivedDate
            ? -1
            : 0) ||
        (a.case.caseNo < b.case.caseNo ? -1 : a.case.caseNo > b.case.caseNo ? 1 : 0),
    );
}
