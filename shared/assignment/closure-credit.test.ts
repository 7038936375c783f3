import { describe, expect, it } from 'vitest';
import type { CaseBasics } from '../procedure/procedure-state';
import { closureCredit, type LoggedEvent } from './closure-credit';

// Issue 10 item 7: a closure counts for whoever decided it — the tribunal's arbitrators (the presiding or sole one
// shown apart), else the person who recorded the closing step — never for the clerk who recorded 受理.

const ARB: CaseBasics = { kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false };
const MED: CaseBasics = { kind: 'mediation', receivedDate: '2026-09-01', isCollective: false };

let seq = 0;
const e = (
  type: string,
  occurredOn: string,
  actorId: string | null,
  payload: Record<string, unknown> = {},
  supersedesEventId: string | null = null,
): LoggedEvent => ({ id: `e${++seq}`, type, occurredOn, payload, actorId, supersedesEventId });

const received = (basics: CaseBasics) => e('case.received', basics.receivedDate, 'clerk');
const panel = (presidingId: string, memberIds: string[]) => ({ mode: 'panel', presidingId, memberIds });
const ACCEPT = () => e('arb.accept', '2026-09-02', 'clerk', { simple: false });

const CASES: [
  name: string,
  basics: CaseBasics,
  events: () => LoggedEvent[],
  handler: string | null,
  expected: { deciders: string[]; presidingId: string | null; closedOn: string } | null,
][] = [
  [
    'an award: every arbitrator of the panel, the presiding one apart; not the clerk who accepted',
    ARB,
    () => [
      received(ARB),
      ACCEPT(),
      e('arb.composeTribunal', '2026-09-03', 'dir', panel('p1', ['p2', 'p3'])),
      e('arb.hearingScheduled', '2026-09-04', 'clerk', {
        hearingDate: '2026-09-20',
        time: '09:00',
        place: '庭',
      }),
      e('arb.hearingHeld', '2026-09-20', 'p1', { attendance: '到庭' }),
      e('arb.awarded', '2026-10-10', 'p2', { final: true, summary: '裁决' }),
    ],
    'clerk',
    { deciders: ['p1', 'p2', 'p3'], presidingId: 'p1', closedOn: '2026-10-10' },
  ],
  [
    'after a granted recusal, the new tribunal — not the recused arbitrator',
    ARB,
    () => [
      received(ARB),
      ACCEPT(),
      e('arb.composeTribunal', '2026-09-03', 'dir', panel('p1', ['p2', 'p3'])),
      e('arb.recusalRequested', '2026-09-04', 'clerk', { arbitratorId: 'p2', grounds: '近亲属' }),
      e('arb.recusalDecided', '2026-09-05', 'dir', { granted: true, reasons: '成立' }),
      e('arb.composeTribunal', '2026-09-06', 'dir', panel('p1', ['p3', 'p4'])),
      e('arb.mediated', '2026-09-20', 'p1', { terms: '支付' }),
    ],
    null,
    { deciders: ['p1', 'p3', 'p4'], presidingId: 'p1', closedOn: '2026-09-20' },
  ],
  [
    'a sole arbitrator',
    ARB,
    () => [
      received(ARB),
      e('arb.accept', '2026-09-02', 'clerk', { simple: true }),
      e('arb.composeTribunal', '2026-09-03', 'dir', { mode: 'sole', presidingId: 's1', memberIds: [] }),
      e('arb.withdrawn', '2026-09-10', 's1', { reasons: '和解' }),
    ],
    'clerk',
    { deciders: ['s1'], presidingId: 's1', closedOn: '2026-09-10' },
  ],
  [
    'a withdrawal before any tribunal: the arbitrator who allowed it',
    ARB,
    () => [received(ARB), ACCEPT(), e('arb.withdrawn', '2026-09-05', 'a9', { reasons: '和解' })],
    'clerk',
    { deciders: ['a9'], presidingId: null, closedOn: '2026-09-05' },
  ],
  [
    'a mediation agreement: the mediator who recorded it, not the one who accepted',
    MED,
    () => [
      received(MED),
      e('med.accept', '2026-09-02', 'm2', {}),
      e('med.agreement', '2026-09-08', 'm1', { terms: '支付' }),
    ],
    'm2',
    { deciders: ['m1'], presidingId: null, closedOn: '2026-09-08' },
  ],
  [
    'a corrected closing step counts for the person of the correction',
    MED,
    () => {
      const wrong = e('med.failed', '2026-09-08', 'm2', { reasons: '分歧' });
      return [
        received(MED),
        e('med.accept', '2026-09-02', 'm2', {}),
        wrong,
        e('med.failed', '2026-09-08', 'm1', { reasons: '分歧' }, wrong.id),
      ];
    },
    null,
    { deciders: ['m1'], presidingId: null, closedOn: '2026-09-08' },
  ],
  [
    'a closed case imported from a previous system: its A角',
    ARB,
    () => [
      e('case.imported', '2026-09-01', 'admin', {
        status: 'closed',
        outcome: 'arb_awarded',
        acceptedDate: '2026-09-02',
        closedDate: '2026-10-01',
      }),
    ],
    'h1',
    { deciders: ['h1'], presidingId: null, closedOn: '2026-10-01' },
  ],
  [
    'not accepted: not a closure of a handled case',
    ARB,
    () => [received(ARB), e('arb.notAccepted', '2026-09-03', 'clerk', { reasons: '不属受理范围' })],
    'clerk',
    null,
  ],
  ['still open', ARB, () => [received(ARB), ACCEPT()], 'clerk', null],
];

describe('closureCredit', () => {
  it.each(CASES)('%s', (_name, basics, events, handler, expected) => {
    const credit = closureCredit(basics, events(), handler);
    if (expected === null) expect(credit).toBeNull();
    else expect(credit).toMatchObject(expected);
  });
});
