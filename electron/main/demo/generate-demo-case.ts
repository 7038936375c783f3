import type { ImportCaseInput } from '../../../shared/domain/case/case.schema';
import type { CaseStatus } from '../../../shared/domain/case/case-status';
import type { CaseOutcome } from '../../../shared/procedure/outcomes';
import type { DisputeReason } from '../../../shared/domain/reference-data';
import { creditCodeCheckChar, idNumberCheckChar } from '../../../shared/validate';
import type { Rng } from '../../../shared/util/seeded-random';
import {
  COMPANY_FORMS,
  COMPANY_PREFIXES,
  COMPANY_TRADES,
  ETHNICITIES,
  FACTS,
  GIVEN_CHARS,
  REGION_CODES,
  STREETS,
  SURNAMES,
  TITLES,
} from './vocabulary';
import { shiftDays } from '../../../shared/util/day-number';

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const STATUS_WEIGHTS: readonly [CaseStatus, number][] = [
  ['received', 0.1],
  ['accepted', 0.15],
  ['in_progress', 0.25],
  ['suspended', 0.03],
  ['closed', 0.4],
  ['archived', 0.07],
];

const CLAIMS: readonly { type: DisputeReason; text: string; min: number; max: number }[] = [
  { type: 'wage_arrears', text: '支付拖欠的工资', min: 3_000, max: 60_000 },
  { type: 'overtime', text: '支付加班费', min: 2_000, max: 40_000 },
  { type: 'double_wages', text: '支付未签订书面劳动合同的二倍工资差额', min: 5_000, max: 80_000 },
  { type: 'unlawful_termination', text: '支付违法解除劳动合同赔偿金', min: 10_000, max: 200_000 },
  { type: 'economic_compensation', text: '支付解除劳动合同经济补偿', min: 5_000, max: 100_000 },
  { type: 'annual_leave', text: '支付未休年休假工资', min: 1_000, max: 10_000 },
  { type: 'work_injury', text: '支付一次性伤残补助金等工伤保险待遇', min: 20_000, max: 300_000 },
];

export type DemoContext = {
  officeId: string;
  shortName: string;
  baseDate: string;
};

export function personName(rng: Rng): string {
  const given = rng.chance(0.6) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

/** A valid 公民身份号码: real region code, real birth date, sequence whose parity gives the sex. */
export function demoIdNumber(rng: Rng, sex: 'male' | 'female'): string {
  const region = rng.pick(REGION_CODES).code;
  const birth = new Date(Date.UTC(rng.int(1965, 2004), rng.int(0, 11), rng.int(1, 28)));
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const seq = rng.int(0, 49) * 2 + (sex === 'male' ? 1 : 0);
  const body = `${region}${ymd}${String(rng.int(0, 9))}${String(seq).padStart(2, '0')}`;
  return body + idNumberCheckChar(body);
}

export function demoCreditCode(rng: Rng): string {
  const region = rng.pick(REGION_CODES).code;
  let org = '';
  for (let i = 0; i < 9; i++) org += rng.pick(CREDIT_CHARS.split(''));
  const body = `91${region}${org}`;
  return body + creditCodeCheckChar(body);
}

function pickOutcome(rng: Rng, kind: 'mediation' | 'arbitration'): CaseOutcome {
  const x = rng.next();
  if (kind === 'mediation') return x < 0.6 ? 'med_agreement' : x < 0.9 ? 'med_failed' : 'med_withdrawn';
  return x < 0.35
    ? 'arb_mediated'
    : x < 0.75
      ? 'arb_awarded'
      : x < 0.95
        ? 'arb_withdrawn'
        : 'arb_not_accepted';
}

function pickStatus(rng: Rng): CaseStatus {
  let x = rng.next();
  for (const [status, w] of STATUS_WEIGHTS) {
    if (x < w) return status;
    x -= w;
  }
  return 'closed';
}

/** One plausible case as a historical import: parties with valid identifiers, claims, dates that fit the status. */
export function generateDemoCase(rng: Rng, ctx: DemoContext): ImportCaseInput {
  const status = pickStatus(rng);
  // Open cases are recent (a live office's workload); closed ones spread over two years.
  const open = status !== 'closed' && status !== 'archived';
  const received = shiftDays(ctx.baseDate, -rng.int(0, open ? 50 : 720));
  const kind = rng.chance(0.35) ? 'mediation' : 'arbitration';
  const accepted = status === 'received' ? undefined : shiftDays(received, rng.int(1, 5));
  const closed =
    status === 'closed' || status === 'archived'
      ? shiftDays(accepted ?? received, rng.int(10, 58))
      : undefined;
  const sex = rng.chance(0.6) ? 'male' : 'female';
  const idNumber = demoIdNumber(rng, sex);
  const region = rng.pick(REGION_CODES);
  const claimCount = rng.int(1, 3);
  const claims = Array.from({ length: claimCount }, () => {
    const c = rng.pick(CLAIMS);
    return { type: c.type, description: c.text, amountFen: rng.int(c.min, c.max) * 100 };
  });
  const reasons = [...new Set(claims.map((c) => c.type))];
  const isCollective = rng.chance(0.03);
  const company = `${region.name.slice(0, 3)}${rng.pick(COMPANY_PREFIXES)}${rng.pick(COMPANY_TRADES)}${rng.pick(COMPANY_FORMS)}`;
  const parties: ImportCaseInput['parties'] = [
    {
      kind: 'worker',
      role: 'applicant',
      name: personName(rng),
      idNumber,
      sex,
      ethnicity: rng.pick(ETHNICITIES),
      address: `${region.name}${rng.pick(STREETS)}${rng.int(1, 300)}号`,
      phone: `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`,
    },
    {
      kind: 'employer',
      role: 'respondent',
      name: company,
      creditCode: demoCreditCode(rng),
      address: `${region.name}${rng.pick(STREETS)}${rng.int(1, 999)}号`,
      legalRep: personName(rng),
      legalRepTitle: rng.pick(TITLES),
    },
  ];
  if (rng.chance(0.25))
    parties.push({
      kind: 'agent',
      role: 'agent',
      name: personName(rng),
      representsIndex: rng.chance(0.7) ? 0 : 1,
      agentType: rng.pick(['lawyer', 'relative', 'union', 'other'] as const),
      authority: rng.chance(0.5) ? 'special' : 'general',
    });
  return {
    kind,
    officeId: ctx.officeId,
    receivedDate: received,
    reasons,
    isCollective,
    ...(isCollective ? { workerCount: rng.int(10, 60) } : {}),
    isMigrantWage: reasons.includes('wage_arrears') && rng.chance(0.3),
    summary: rng.pick(FACTS),
    parties,
    claims,
    status,
    ...(accepted !== undefined ? { acceptedDate: accepted } : {}),
    ...(closed !== undefined ? { closedDate: closed } : {}),
    ...(closed !== undefined ? { outcome: pickOutcome(rng, kind) } : {}),
  };
}
