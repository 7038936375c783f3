// Whether a person with these roles may run a named mutation: the same role list run-mutation.ts enforces, so the
// UI can say who may (e.g. import a year of holidays) without keeping its own copy of the rule.

import type { StaffRole } from '../domain/reference-data';
import { hasAnyRole, whoMayText } from '../domain/staff/who-may';
import { MUTATIONS, type MutationName } from './definitions';

export const mayPerform = (name: MutationName, roles: readonly StaffRole[]): boolean =>
  hasAnyRole(roles, MUTATIONS[name].roles);

/** '需由主任或系统管理员导入' for settings.set with the verb '导入'. */
export const whoMayPerform = (name: MutationName, verb?: string): string =>
  whoMayText(MUTATIONS[name].roles, verb);
