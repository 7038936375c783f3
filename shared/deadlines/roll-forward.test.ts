import { describe, expect, it } from 'vitest';
import type { ProcedureEvent } from '../procedure/procedure-state';
import { ev, one, RULES, served } from '../../tests/helpers/deadline-rules';

// Issue 10 item 6: when a rule deliberately does not roll its period forward over a weekend or holiday, the
// explanation says so and why; a working-day period says why roll-forward never applies to it; a party's period
// that does roll forward says to which day (民诉法 art 85¶3). Dates from holiday-cn 2026.

const noRoll = RULES.filter((r) => !r.rollForward).map((r) => r.id);

const CASES: [
  name: string,
  events: ProcedureEvent[],
  rule: string,
  kind: 'arbitration' | 'mediation',
  dueDate: string,
  says: RegExp,
  never: RegExp | null,
][] = [
  [
    '审限 ending on Saturday 2026-10-17 stays there (product decision 2)',
    [ev('case.received', '2026-09-01'), ev('arb.accept', '2026-09-02')],
    'arb.award_limit',
    'arbitration',
    '2026-10-17',
    /末日 2026-10-17 为休息日，本期限不顺延（本委自身的办案期限按保守口径不顺延，可在期限规则中修改）/,
    /顺延至/,
  ],
  [
    '调解期限 ending on Sunday 2026-09-27 (中秋节) stays there',
    [ev('case.received', '2026-09-12')],
    'med.fifteen_days',
    'mediation',
    '2026-09-27',
    /末日 2026-09-27 为休息日，本期限不顺延（本委自身的办案期限/,
    /顺延至/,
  ],
  [
    '审限 ending on a working day says nothing about rolling',
    [ev('case.received', '2026-09-01'), ev('arb.accept', '2026-09-01')],
    'arb.award_limit',
    'arbitration',
    '2026-10-16',
    /→ 2026-10-16；/,
    /顺延/,
  ],
  [
    'serving the copy: 5 working days over a weekend — why no roll-forward applies',
    [ev('case.received', '2026-09-01'), ev('arb.accept', '2026-09-07')],
    'arb.serve_copy',
    'arbitration',
    '2026-09-14',
    /5 个工作日（其间休息日不计入，末日必为工作日，无需顺延） → 2026-09-14/,
    /本期限不顺延/,
  ],
  [
    'a working-day period with no day off in it needs no word on rolling',
    [ev('case.received', '2026-09-07')],
    'med.accept_review',
    'mediation',
    '2026-09-10',
    /3 个工作日 → 2026-09-10；/,
    /顺延/,
  ],
  [
    'hearing notice for Monday 2026-11-16: the strict day is Sunday 11-08 and is not moved',
    [
      ev('case.received', '2026-09-01'),
      ev('arb.accept', '2026-09-01'),
      ev('arb.hearingScheduled', '2026-09-02', { hearingDate: '2026-11-16' }),
    ],
    'arb.hearing_notice',
    'arbitration',
    '2026-11-08',
    /2026-11-08 为休息日，本期限不顺延（顺延后距开庭日将不足 5 个工作日），应在此前的工作日办理/,
    null,
  ],
  [
    'a suit period (rolls forward) ending on a holiday moves to the next working day',
    [
      ev('case.received', '2026-08-01'),
      ev('arb.accept', '2026-08-03'),
      ev('arb.awarded', '2026-09-15', { final: false, summary: '裁决' }),
      served('award', 'applicant', '2026-09-20'),
    ],
    'arb.worker_suit',
    'arbitration',
    '2026-10-08',
    /末日 2026-10-05 为休息日，顺延至 2026-10-08/,
    /不顺延/,
  ],
];

describe('roll-forward in the explanation', () => {
  it('covers every shipped rule that does not roll forward', () => {
    expect(noRoll).toEqual(
      expect.arrayContaining(['arb.award_limit', 'med.fifteen_days', 'arb.serve_copy', 'arb.hearing_notice']),
    );
  });

  it.each(CASES)('%s', (_name, events, rule, kind, dueDate, says, never) => {
    const d = one(events, rule, '2026-09-08', undefined, kind);
    expect(d.dueDate).toBe(dueDate);
    expect(d.explanation).toMatch(says);
    if (never !== null) expect(d.explanation).not.toMatch(never);
  });
});
