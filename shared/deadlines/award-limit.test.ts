import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { computeDeadlines, loadRuleSet, type Deadline } from '.';

// Read as data, the way the app reads it (composite tsconfigs would need the JSON listed to import it).
const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);

// The 45-day limit (reference §1.3 A13, A13a; 办案规则 arts 45–47): exclusions, extension, restarts.

const loaded = loadRuleSet(rulesJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const RULES = loaded.rules;

const ev = (type: string, occurredOn: string, payload: Record<string, unknown> = {}): ProcedureEvent => ({
  type,
  occurredOn,
  payload,
});
const publicNotice = (document: string, addresseeRole: string, publishedOn: string): ProcedureEvent =>
  ev('service.record', publishedOn, {
    document,
    addressee: '某公司',
    addresseeRole,
    method: 'public_notice',
    sentOn: publishedOn,
    publishedOn,
  });

const ACCEPTED = [ev('case.received', '2026-08-28'), ev('arb.accept', '2026-09-01')];

function run(
  events: ProcedureEvent[],
  today: string,
  calendar = officialCalendar,
  kind: 'arbitration' | 'mediation' = 'arbitration',
) {
  return computeDeadlines({ kind, events, rules: RULES, calendar, today });
}
function one(
  events: ProcedureEvent[],
  ruleId: string,
  today = '2026-09-02',
  calendar = officialCalendar,
): Deadline {
  const d = run(events, today, calendar).find((x) => x.ruleId === ruleId);
  if (d === undefined) throw new Error(`no deadline ${ruleId}`);
  return d;
}

describe('45-day limit: suspension, extension, public notice, restarts (办案规则 arts 45–47)', () => {
  const suspended = [...ACCEPTED, ev('arb.suspended', '2026-09-10'), ev('arb.resumed', '2026-09-20')];

  it('suspended 09-10, resumed 09-20: 11 days excluded (both ends) → 2026-10-27', () => {
    const d = one(suspended, 'arb.award_limit', '2026-09-21');
    expect(d).toMatchObject({ dueDate: '2026-10-27', excludedDays: 11, status: 'pending' });
  });

  it('…and with a 10-day extension → 2026-11-06, explained in the house style', () => {
    const d = one(
      [...suspended, ev('arb.extended', '2026-10-20', { days: 10 })],
      'arb.award_limit',
      '2026-10-21',
    );
    expect(d).toMatchObject({ dueDate: '2026-11-06', extensionDays: 10 });
    expect(d.explanation).toBe(
      '受理日 2026-09-01 起算，45 个自然日，扣除中止 2026-09-10 至 2026-09-20 (11 日)，延长 10 日 → 2026-11-06；依据 ' +
        d.citation,
    );
  });

  it('still suspended: paused since the suspension, due date as of today', () => {
    const events = [...ACCEPTED, ev('arb.suspended', '2026-09-10')];
    const d = one(events, 'arb.award_limit', '2026-09-15');
    expect(d).toMatchObject({
      status: 'paused',
      pausedSince: '2026-09-10',
      dueDate: '2026-10-22',
      excludedDays: 6,
    });
    expect(d.explanation).toContain('扣除中止 2026-09-10 至今 (6 日)');
    expect(one(events, 'arb.award_limit', '2026-09-16').dueDate).toBe('2026-10-23'); // moves one day per day
  });

  it('a suspension starting after the limit expired does not revive it', () => {
    const d = one([...ACCEPTED, ev('arb.suspended', '2026-10-20')], 'arb.award_limit', '2026-10-25');
    expect(d).toMatchObject({ status: 'overdue', dueDate: '2026-10-16', daysLeft: -9 });
  });

  it('public-notice service: publication 09-05 to deemed service 10-05 (31 days) is not counted → 2026-11-16', () => {
    const d = one(
      [...ACCEPTED, publicNotice('application_copy', 'respondent', '2026-09-05')],
      'arb.award_limit',
      '2026-10-06',
    );
    expect(d).toMatchObject({ dueDate: '2026-11-16', excludedDays: 31, status: 'pending' });
    expect(d.explanation).toContain('扣除公告送达 2026-09-05 至 2026-10-05 (31 日)');
    // While the notice period runs the clock is stopped.
    expect(
      one(
        [...ACCEPTED, publicNotice('application_copy', 'respondent', '2026-09-05')],
        'arb.award_limit',
        '2026-09-20',
      ),
    ).toMatchObject({
      status: 'paused',
      pausedSince: '2026-09-05',
    });
  });

  it('a suspension overlapping the public-notice period is deducted once', () => {
    const events = [
      ...ACCEPTED,
      publicNotice('application_copy', 'respondent', '2026-09-05'),
      ev('arb.suspended', '2026-10-01'),
      ev('arb.resumed', '2026-10-10'),
    ];
    expect(one(events, 'arb.award_limit', '2026-10-11')).toMatchObject({
      excludedDays: 36,
      dueDate: '2026-11-21',
    });
  });

  it.each([
    ['claims amended', ev('arb.claimsAmended', '2026-09-15', { claims: '增加加班费' }), '变更请求受理日'],
    [
      'party added',
      ev('arb.partyAdded', '2026-09-15', { name: '某派遣公司', role: 'respondent' }),
      '追加当事人决定日',
    ],
    [
      'counterclaim merged',
      ev('arb.counterclaimDecided', '2026-09-15', { merged: true }),
      '反申请合并受理日',
    ],
  ])('restart on %s 2026-09-15 → 2026-10-30', (_name, restart, label) => {
    const d = one([...ACCEPTED, restart], 'arb.award_limit', '2026-09-16');
    expect(d).toMatchObject({ dueDate: '2026-10-30', startDate: '2026-09-15', startEvent: restart.type });
    expect(d.explanation.startsWith(`${label} 2026-09-15 起算，45 个自然日 → 2026-10-30`)).toBe(true);
  });

  it('no restart when the counterclaim is heard separately (merged=false)', () => {
    const d = one(
      [...ACCEPTED, ev('arb.counterclaimDecided', '2026-09-15', { merged: false })],
      'arb.award_limit',
      '2026-09-16',
    );
    expect(d).toMatchObject({ dueDate: '2026-10-16', startEvent: 'arb.accept' });
  });

  it('the latest restart wins; an extension granted before it is not carried over', () => {
    const events = [
      ...ACCEPTED,
      ev('arb.extended', '2026-09-10', { days: 15 }),
      ev('arb.claimsAmended', '2026-09-15'),
      ev('arb.partyAdded', '2026-09-20'),
    ];
    expect(one(events, 'arb.award_limit', '2026-09-21')).toMatchObject({
      startDate: '2026-09-20',
      dueDate: '2026-11-04',
      extensionDays: 0,
    });
  });

  it.each([
    ['arb.awarded', { final: false }, '2026-10-10', 'met'],
    ['arb.mediated', {}, '2026-10-16', 'met'],
    ['arb.withdrawn', {}, '2026-10-19', 'met_late'],
  ] as const)('closed by %s on %s', (type, payload, on, status) => {
    const d = one([...ACCEPTED, ev(type, on, payload)], 'arb.award_limit', '2026-10-30');
    expect(d).toMatchObject({ status, completedOn: on });
    expect(d.daysLeft).toBeUndefined();
  });

  it('the 45th day on a day off is not rolled forward by default (decision 2), and says so', () => {
    // Accepted 2026-08-22 → 2026-10-06, inside the National Day holiday.
    const d = one(
      [ev('case.received', '2026-08-20'), ev('arb.accept', '2026-08-22')],
      'arb.award_limit',
      '2026-08-23',
    );
    expect(d.dueDate).toBe('2026-10-06');
    expect(d.rolledFrom).toBeUndefined();
    expect(d.explanation).toContain('末日 2026-10-06 为休息日，本期限不顺延');
  });
});
