import { describe, expect, it } from 'vitest';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { ACCEPTED, ev, one, served } from '../../tests/helpers/deadline-rules';

// Issue 10 item 6: a deadline that the case's ending made moot. Moot on or before its due date → cancelled, as
// before; a duty already past due → 'missed' (超期, with its due date and the day it became moot), never
// silently "cancelled"; a party's option that had lapsed → 'expired'.

const HEARING = [...ACCEPTED, ev('arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13' })];
const COPY_SERVED = [...ACCEPTED, served('application_copy', 'respondent', '2026-09-25')];
const WITHDRAWN = (on: string) => ev('arb.withdrawn', on, { reasons: '和解' });

const CASES: [
  name: string,
  events: ProcedureEvent[],
  rule: string,
  expected: { status: string; dueDate: string; cancelledOn: string; daysLeft?: number },
  note: RegExp,
][] = [
  [
    'copy not yet due when the case is withdrawn',
    [...ACCEPTED, WITHDRAWN('2026-09-03')],
    'arb.serve_copy',
    { status: 'cancelled', dueDate: '2026-09-08', cancelledOn: '2026-09-03' },
    /2026-09-03 起因“准予撤回仲裁申请”无需再办理/,
  ],
  [
    'withdrawn on the last day itself: not yet late',
    [...ACCEPTED, WITHDRAWN('2026-09-08')],
    'arb.serve_copy',
    { status: 'cancelled', dueDate: '2026-09-08', cancelledOn: '2026-09-08' },
    /无需再办理$|无需再办理；/,
  ],
  [
    'copy two working days overdue when the case is withdrawn',
    [...ACCEPTED, WITHDRAWN('2026-09-10')],
    'arb.serve_copy',
    { status: 'missed', dueDate: '2026-09-08', cancelledOn: '2026-09-10', daysLeft: -2 },
    /到期未办理，2026-09-10 起因“准予撤回仲裁申请”无需再办理，仍计为超期/,
  ],
  [
    'tribunal notice overdue when the case is settled by 仲裁调解',
    [
      ...ACCEPTED,
      ev('arb.composeTribunal', '2026-09-03'),
      ev('arb.mediated', '2026-09-21', { terms: '支付工资' }),
    ],
    'arb.tribunal_notice',
    { status: 'missed', dueDate: '2026-09-10', cancelledOn: '2026-09-21' },
    /仍计为超期/,
  ],
  [
    'hearing notice not served by its strict day, then the application is withdrawn',
    [...HEARING, WITHDRAWN('2026-10-05')],
    'arb.hearing_notice',
    { status: 'missed', dueDate: '2026-09-29', cancelledOn: '2026-10-05' },
    /仍计为超期/,
  ],
  [
    'hearing notice still in time when the application is withdrawn',
    [...HEARING, WITHDRAWN('2026-09-20')],
    'arb.hearing_notice',
    { status: 'cancelled', dueDate: '2026-09-29', cancelledOn: '2026-09-20' },
    /无需再办理/,
  ],
  [
    'a defence period that lapsed unused stays expired (a party’s option, not a duty)',
    [...COPY_SERVED, WITHDRAWN('2026-10-20')],
    'arb.defence',
    { status: 'expired', dueDate: '2026-10-15', cancelledOn: '2026-10-20' },
    /期满未行使，2026-10-20 起因“准予撤回仲裁申请”不再适用/,
  ],
  [
    'a defence period still running when the case ends is cancelled',
    [...COPY_SERVED, WITHDRAWN('2026-10-09')],
    'arb.defence',
    { status: 'cancelled', dueDate: '2026-10-15', cancelledOn: '2026-10-09' },
    /无需再办理/,
  ],
];

describe('deadlines made moot by the case ending another way', () => {
  it.each(CASES)('%s', (_name, events, rule, expected, note) => {
    const d = one(events, rule, '2026-11-30');
    expect(d).toMatchObject(expected);
    expect(d.completedOn).toBeUndefined();
    expect(d.explanation).toMatch(note);
  });

  it('a mediation case withdrawn after the acceptance review was due keeps it missed', () => {
    const d = one(
      [ev('case.received', '2026-09-01'), ev('med.withdrawn', '2026-09-10')],
      'med.accept_review',
      '2026-11-30',
      undefined,
      'mediation',
    );
    expect(d).toMatchObject({ status: 'missed', dueDate: '2026-09-04', cancelledOn: '2026-09-10' });
  });
});
