// Builders shared by the tests of this folder (not a test file itself; it is type-checked with shared/ and
// imports nothing outside it). Ids are short readable strings: the functions never parse them.

import type { StaffRole } from '../domain/reference-data';
import type { CaseForAssignment } from './case.schema';
import type { AssignmentSettings } from './settings.schema';
import { DEFAULT_ASSIGNMENT_SETTINGS } from './settings.schema';
import type { Leave, LeaveKind, StaffMember } from './staff.schema';

export const OFFICE = 'office-1';

export function person(
  id: string,
  roles: StaffRole[],
  extra: Partial<Pick<StaffMember, 'name' | 'officeId' | 'active'>> = {},
): StaffMember {
  return {
    id,
    name: extra.name ?? id,
    roles,
    officeId: extra.officeId ?? OFFICE,
    active: extra.active ?? true,
  };
}

let leaveSeq = 0;
export function away(staffId: string, from: string, to: string = from, kind: LeaveKind = 'leave'): Leave {
  leaveSeq += 1;
  return { id: `leave-${leaveSeq}`, staffId, kind, from, to };
}

export function caseOf(overrides: Partial<CaseForAssignment> = {}): CaseForAssignment {
  return {
    id: 'case-1',
    officeId: OFFICE,
    kind: 'arbitration',
    isCollective: false,
    isSimple: false,
    parties: [
      { name: '王五', idNumber: '11010519491231002X', role: 'applicant' },
      { name: '某某科技有限公司', creditCode: '91350100M000100Y43', role: 'respondent' },
    ],
    status: 'accepted',
    deadlines: [],
    ...overrides,
  };
}

export function settingsWith(overrides: Partial<AssignmentSettings> = {}): AssignmentSettings {
  return { ...DEFAULT_ASSIGNMENT_SETTINGS, ...overrides };
}
