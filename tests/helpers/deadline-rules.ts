// Test support for the deadline engine's tests (not a test itself): the shipped rules, event builders and
// one-line runners. Reads the JSON as the app does (composite tsconfigs would need it listed to import it).
import { readFileSync } from 'node:fs';
import { officialCalendar } from '../../shared/calendar';
import type { ProcedureEvent } from '../../shared/procedure/procedure-state';
import { computeDeadlines, loadRuleSet, type Deadline } from '../../shared/deadlines';

const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);
const loaded = loadRuleSet(rulesJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
export const RULES = loaded.rules;

export const ev = (
  type: string,
  occurredOn: string,
  payload: Record<string, unknown> = {},
): ProcedureEvent => ({ type, occurredOn, payload });

export const served = (document: string, addresseeRole: string, servedOn: string): ProcedureEvent =>
  ev('service.record', servedOn, {
    document,
    addressee: '某某',
    addresseeRole,
    method: 'direct',
    sentOn: servedOn,
    servedOn,
  });

export const ACCEPTED = [ev('case.received', '2026-08-28'), ev('arb.accept', '2026-09-01')];

export function run(
  events: ProcedureEvent[],
  today: string,
  calendar = officialCalendar,
  kind: 'arbitration' | 'mediation' = 'arbitration',
) {
  return computeDeadlines({ kind, events, rules: RULES, calendar, today });
}

export function one(
  events: ProcedureEvent[],
  ruleId: string,
  today = '2026-09-02',
  calendar = officialCalendar,
  kind: 'arbitration' | 'mediation' = 'arbitration',
): Deadline {
  const d = run(events, today, calendar, kind).find((x) => x.ruleId === ruleId);
  if (d === undefined) throw new Error(`no deadline ${ruleId}`);
  return d;
}
