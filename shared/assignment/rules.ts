// The rules every A角/B角 pair must pass (reference §4 AB角; recusal: 调解仲裁法第三十三条, reference §1.3 A6a).
// A violation blocks the assignment; a warning is shown beside it.

import { CalendarGapError } from '../calendar';
import type { Calendar } from '../calendar';
import type { CaseForAssignment, HandledCase } from './case.schema';
import { earlierSamePartyCases, relatedParty } from './identity';
import { isAway } from './presence';
import type { AssignmentSettings } from './settings.schema';
import type { Leave, Relationship, StaffMember } from './staff.schema';

export type Slot = 'A' | 'B';

export type ViolationCode =
  | 'UNKNOWN_STAFF'
  | 'SAME_PERSON'
  | 'INACTIVE'
  | 'OTHER_OFFICE'
  | 'A_ROLE'
  | 'B_ROLE'
  | 'RELATIONSHIP'
  | 'SAME_PARTIES_HANDLED'
  | 'BOTH_AWAY_ON_DEADLINE';

export type WarningCode = 'B_CANNOT_SIGN_AWARD' | 'B_CANNOT_PRESIDE' | 'CALENDAR_GAP';

export interface Issue<C extends string> {
  readonly code: C;
  /** Chinese, naming the person and the rule. */
  readonly message: string;
  readonly staffId?: string;
}
export type Violation = Issue<ViolationCode>;
export type AssignmentWarning = Issue<WarningCode>;

export interface AssignmentCheck {
  readonly violations: Violation[];
  readonly warnings: AssignmentWarning[];
}

const slotLabel = (slot: Slot) => (slot === 'A' ? 'A角' : 'B角');
const caseLabel = (c: Pick<CaseForAssignment, 'id'> & { caseNumber?: string | undefined }) =>
  c.caseNumber ?? c.id;

/** A drives the file: an arbitrator for arbitration (调解仲裁法第三十一条), a mediator or arbitrator for mediation. */
export function canBeA(kind: CaseForAssignment['kind'], person: StaffMember): boolean {
  return kind === 'arbitration'
    ? person.roles.includes('arbitrator')
    : person.roles.includes('mediator') || person.roles.includes('arbitrator');
}

/** B may be an arbitrator, a mediator or a clerk (reference §4: "another arbitrator, or an assistant or 书记员"). */
export function canBeB(person: StaffMember): boolean {
  return person.roles.some((r) => r === 'arbitrator' || r === 'mediator' || r === 'clerk');
}

/** What keeps one person out of one slot of this case, whoever the other is (no leave: that depends on both). */
export function personViolations(
  c: CaseForAssignment,
  person: StaffMember,
  slot: Slot,
  relationships: readonly Relationship[],
  history: readonly HandledCase[],
  settings: AssignmentSettings,
): Violation[] {
  const who = `${slotLabel(slot)}${person.name}`;
  const out: Violation[] = [];
  const add = (code: ViolationCode, message: string) => out.push({ code, message, staffId: person.id });
  if (!person.active) add('INACTIVE', `${who}已不在职（停用），不能办理案件`);
  if (person.officeId !== c.officeId) add('OTHER_OFFICE', `${who}不属于本案的办案机构，不能办理本案`);
  if (slot === 'A' && !canBeA(c.kind, person)) {
    add(
      'A_ROLE',
      c.kind === 'arbitration'
        ? `${who}不是仲裁员；仲裁案件须由仲裁员承办（调解仲裁法第三十一条）`
        : `${who}既不是调解员也不是仲裁员，不能承办调解案件`,
    );
  }
  if (slot === 'B' && !canBeB(person)) {
    add('B_ROLE', `${who}不是仲裁员、调解员或书记员，不能担任协办人`);
  }
  for (const r of relationships) {
    if (r.staffId !== person.id) continue;
    const party = relatedParty(r, c.parties);
    if (party !== undefined) {
      add(
        'RELATIONSHIP',
        `${who}申报与当事人${party.name}存在关系（${r.relation}），应当回避（调解仲裁法第三十三条）`,
      );
    }
  }
  if (settings.recuseSameParties) {
    for (const h of earlierSamePartyCases(person.id, c.id, c.parties, history)) {
      add('SAME_PARTIES_HANDLED', `${who}曾办理同一当事人的案件（${caseLabel(h)}），按本委设置应当回避`);
    }
  }
  return out;
}

/** B who could not step into A's place: a warning, not a violation (reference §4, 调解仲裁法第四十六条). */
export function bWarnings(c: CaseForAssignment, b: StaffMember): AssignmentWarning[] {
  if (!canBeB(b) || canBeA(c.kind, b)) return [];
  return c.kind === 'arbitration'
    ? [
        {
          code: 'B_CANNOT_SIGN_AWARD',
          staffId: b.id,
          message: `B角${b.name}不是仲裁员：只能做事务性和期限跟踪工作，不能组庭，也不能在裁决书上署名（调解仲裁法第四十六条）`,
        },
      ]
    : [
        {
          code: 'B_CANNOT_PRESIDE',
          staffId: b.id,
          message: `B角${b.name}不是调解员或仲裁员：只能做事务性和期限跟踪工作，不能主持调解`,
        },
      ];
}

/** Working day or not; a year without holiday data counts as a working day (the stricter reading) and warns. */
function workdayOrGap(calendar: Calendar, date: string, warnings: AssignmentWarning[]): boolean {
  try {
    return calendar.isWorkday(date);
  } catch (e) {
    if (!(e instanceof CalendarGapError)) throw e;
    warnings.push({
      code: 'CALENDAR_GAP',
      message: `${date} 所在年度的节假日安排尚未载入，按工作日检查 A角、B角是否同时缺岗`,
    });
    return true;
  }
}

/** Deadlines of the case that fall on a working day when both `a` and `b` are away. */
export function bothAwayDeadlines(
  c: CaseForAssignment,
  a: string,
  b: string,
  leaves: readonly Leave[],
  calendar: Calendar,
  warnings: AssignmentWarning[] = [],
): CaseForAssignment['deadlines'] {
  return c.deadlines.filter(
    (d) =>
      isAway(a, leaves, d.dueDate) &&
      isAway(b, leaves, d.dueDate) &&
      workdayOrGap(calendar, d.dueDate, warnings),
  );
}

/**
 * Every rule for A = `a`, B = `b` on case `c`. `history` holds earlier cases (open or closed) for the optional
 * "same parties" recusal; `leaves` are everyone's absences; `calendar` tells working days.
 */
export function checkAssignment(
  c: CaseForAssignment,
  a: string,
  b: string,
  staff: readonly StaffMember[],
  leaves: readonly Leave[],
  relationships: readonly Relationship[],
  history: readonly HandledCase[],
  settings: AssignmentSettings,
  calendar: Calendar,
): AssignmentCheck {
  const violations: Violation[] = [];
  const warnings: AssignmentWarning[] = [];
  const pa = staff.find((s) => s.id === a);
  const pb = staff.find((s) => s.id === b);
  if (a === b) {
    violations.push({
      code: 'SAME_PERSON',
      staffId: a,
      message: `A角与B角不能是同一人（${pa?.name ?? a}）：AB角工作制须由两人分别承办、协办`,
    });
  }
  if (pa === undefined)
    violations.push({ code: 'UNKNOWN_STAFF', staffId: a, message: `找不到A角人员（${a}）` });
  if (pb === undefined)
    violations.push({ code: 'UNKNOWN_STAFF', staffId: b, message: `找不到B角人员（${b}）` });
  if (pa !== undefined) violations.push(...personViolations(c, pa, 'A', relationships, history, settings));
  if (pb !== undefined) {
    violations.push(...personViolations(c, pb, 'B', relationships, history, settings));
    warnings.push(...bWarnings(c, pb));
  }
  if (a !== b) {
    for (const d of bothAwayDeadlines(c, a, b, leaves, calendar, warnings)) {
      violations.push({
        code: 'BOTH_AWAY_ON_DEADLINE',
        message:
          `A角${pa?.name ?? a}与B角${pb?.name ?? b}在 ${d.dueDate}（${d.label}到期，工作日）均不在岗：` +
          'AB角不得同时缺岗',
      });
    }
  }
  return { violations, warnings };
}
