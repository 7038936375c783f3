import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from './types';
import { sampleAwardPayload } from '../../../shared/procedure/test-payloads';

// Issue 10 item 2: a notice about something that has not happened cannot be served. Each row sets a case up
// through the real core, then tries to record the forbidden service and expects the reason — and nothing written.

const NOW = Date.parse('2026-10-30T02:00:00Z');
let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  admin = initialize(core);
});
afterEach(() => core.dispose());

type Step = [action: string, occurredOn: string, payload?: Record<string, unknown>];

const act = (caseId: string, action: string, occurredOn: string, payload: Record<string, unknown> = {}) =>
  core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, admin);

function caseWith(kind: 'arbitration' | 'mediation', steps: readonly Step[]): string {
  const reg = core.services.mutations.run(
    'case.register',
    aCase(admin.officeId as string, { kind, receivedDate: '2026-09-01' }),
    admin,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  for (const [action, on, payload] of steps) {
    const r = act(reg.value.id, action, on, payload);
    if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
  }
  return reg.value.id;
}

const service = (document: string, sentOn = '2026-10-20', addresseeRole = 'respondent') => ({
  document,
  addressee: '福州市某某科技有限公司',
  addresseeRole,
  method: 'direct',
  sentOn,
  servedOn: sentOn,
});

const ACCEPTED: Step[] = [['arb.accept', '2026-09-02', { simple: false }]];
const TRIBUNAL: Step[] = [
  ...ACCEPTED,
  ['arb.composeTribunal', '2026-09-03', { mode: 'panel', presidingId: 'p1', memberIds: ['p2', 'p3'] }],
];
const RECUSED: Step[] = [
  ...TRIBUNAL,
  ['arb.recusalRequested', '2026-09-04', { arbitratorId: 'p2', grounds: '系对方当事人近亲属' }],
  ['arb.recusalDecided', '2026-09-05', { granted: true, reasons: '理由成立' }],
];
const HEARING: Step[] = [
  ...TRIBUNAL,
  ['arb.hearingScheduled', '2026-09-10', { hearingDate: '2026-10-13', time: '09:00', place: '第一庭' }],
];
const POSTPONED: Step[] = [
  ...HEARING,
  [
    'arb.hearingPostponed',
    '2026-09-20',
    { hearingDate: '2026-11-10', time: '09:00', place: '第一庭', reasons: '当事人申请' },
  ],
];

const FORBIDDEN: [
  name: string,
  kind: 'arbitration' | 'mediation',
  steps: Step[],
  document: string,
  sentOn: string,
  reason: RegExp,
][] = [
  ['申请书副本 before acceptance', 'arbitration', [], 'application_copy', '2026-09-02', /尚未受理/],
  ['受理通知书 before acceptance', 'arbitration', [], 'acceptance_notice', '2026-09-02', /尚未受理/],
  ['举证通知书 before acceptance', 'arbitration', [], 'evidence_notice', '2026-09-02', /尚未受理/],
  [
    '受理通知书 dated before acceptance',
    'arbitration',
    ACCEPTED,
    'acceptance_notice',
    '2026-09-01',
    /早于受理日期/,
  ],
  [
    '组庭通知 before any tribunal',
    'arbitration',
    ACCEPTED,
    'tribunal_notice',
    '2026-09-03',
    /尚未组成仲裁庭/,
  ],
  [
    '组庭通知 after a recusal granted',
    'arbitration',
    RECUSED,
    'tribunal_notice',
    '2026-09-06',
    /尚未组成仲裁庭/,
  ],
  [
    '组庭通知 dated before composition',
    'arbitration',
    TRIBUNAL,
    'tribunal_notice',
    '2026-09-02',
    /早于本仲裁庭的组成日期/,
  ],
  [
    '开庭通知 before a hearing is set',
    'arbitration',
    TRIBUNAL,
    'hearing_notice',
    '2026-09-04',
    /尚未确定开庭时间/,
  ],
  [
    '开庭通知 for the old date, sent before the postponement',
    'arbitration',
    POSTPONED,
    'hearing_notice',
    '2026-09-15',
    /早于确定（或改定）本次开庭时间之日/,
  ],
  [
    '答辩书副本 before a defence is filed',
    'arbitration',
    ACCEPTED,
    'defence_copy',
    '2026-09-04',
    /尚未收到答辩书/,
  ],
  [
    '调解书 before a mediated settlement',
    'arbitration',
    TRIBUNAL,
    'mediation_statement',
    '2026-09-04',
    /不能送达调解书/,
  ],
  ['裁决书 before any award', 'arbitration', HEARING, 'award', '2026-09-11', /尚未作出裁决/],
  [
    '调解协议书 before an agreement',
    'mediation',
    [['med.accept', '2026-09-02']],
    'mediation_agreement',
    '2026-09-03',
    /尚未达成调解协议/,
  ],
];

describe('service of a notice about something that has not happened is refused', () => {
  it.each(FORBIDDEN)('%s', (_name, kind, steps, document, sentOn, reason) => {
    const caseId = caseWith(kind, steps);
    const before = core.services.repos.events.listByCase(caseId).length;
    const outbox = core.services.repos.outbox.list().length;
    const r = act(caseId, 'service.record', sentOn, service(document, sentOn));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!r.ok) expect(r.error.message).toMatch(reason);
    expect(core.services.repos.events.listByCase(caseId)).toHaveLength(before);
    expect(core.services.repos.outbox.list()).toHaveLength(outbox);
  });
});

describe('the same documents are served once the event has happened', () => {
  const ALLOWED: [
    name: string,
    kind: 'arbitration' | 'mediation',
    steps: Step[],
    document: string,
    sentOn: string,
  ][] = [
    [
      '组庭通知 for a new tribunal after recusal',
      'arbitration',
      [
        ...RECUSED,
        ['arb.composeTribunal', '2026-09-07', { mode: 'panel', presidingId: 'p1', memberIds: ['p3', 'p4'] }],
      ],
      'tribunal_notice',
      '2026-09-07',
    ],
    ['开庭通知 for the postponed date', 'arbitration', POSTPONED, 'hearing_notice', '2026-09-21'],
    [
      '裁决书 of a 先行裁决',
      'arbitration',
      [
        ...HEARING,
        ['service.record', '2026-09-11', service('hearing_notice', '2026-09-11')],
        ['arb.hearingHeld', '2026-10-13', { attendance: '双方到庭' }],
        ['arb.partialAward', '2026-10-14', sampleAwardPayload()],
      ],
      'award',
      '2026-10-15',
    ],
    [
      '调解书 after 仲裁调解',
      'arbitration',
      [...TRIBUNAL, ['arb.mediated', '2026-09-08', { terms: '支付工资' }]],
      'mediation_statement',
      '2026-09-08',
    ],
    ['决定书 at any time after receipt (not checked)', 'arbitration', [], 'decision', '2026-09-02'],
  ];
  it.each(ALLOWED)('%s', (_name, kind, steps, document, sentOn) => {
    const caseId = caseWith(kind, steps);
    const r = act(caseId, 'service.record', sentOn, service(document, sentOn));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.ok).toBe(true);
  });
});
