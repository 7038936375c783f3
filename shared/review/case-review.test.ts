import { describe, expect, it } from 'vitest';
import { initialState, type ProcedureState } from '../procedure/procedure-state';
import type { FoldableEvent } from '../procedure/machine';
import { sampleAwardPayload } from '../procedure/test-payloads';
import { reviewCase, type ReviewInput, type ReviewItemId } from './case-review';

// An arbitration case awarded after a hearing, whose file holds everything: the base every row below breaks in
// exactly one way, so each item is shown failing alone.
const state: ProcedureState = {
  ...initialState({ kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false }),
  status: 'closed',
  outcome: 'arb_awarded',
  acceptedOn: '2026-09-02',
  closedOn: '2026-10-10',
  tribunal: { mode: 'sole', presidingId: 'arb-1', memberIds: [], composedOn: '2026-09-04' },
  hearingHeld: true,
};

let n = 0;
const served = (document: string, addresseeRole: string, proof = true): FoldableEvent => ({
  id: `e${++n}`,
  type: 'service.record',
  occurredOn: '2026-09-05',
  payload: { document, addresseeRole, method: 'direct', ...(proof ? { evidence: '送达回证已归卷' } : {}) },
});
const SERVICE: FoldableEvent[] = [
  served('acceptance_notice', 'applicant'),
  served('application_copy', 'respondent'),
  ...['tribunal_notice', 'hearing_notice', 'award'].flatMap((d) => [
    served(d, 'applicant'),
    served(d, 'respondent'),
  ]),
];
const AWARD: FoldableEvent = {
  id: 'aw',
  type: 'arb.awarded',
  occurredOn: '2026-10-10',
  payload: sampleAwardPayload(),
};
const DOCS = ['acceptance_notice', 'respondent_notice', 'tribunal_notice', 'hearing_notice', 'award'].map(
  (templateId) => ({ templateId, options: '{}' }),
);

const base: ReviewInput = {
  state,
  events: [AWARD, ...SERVICE],
  documents: DOCS,
  handlerId: 'arb-1',
  clerkId: 'clerk-1',
  deadlines: [
    { label: '裁决期限', status: 'met', responsible: 'committee', informational: false },
    { label: '起诉期限', status: 'expired', responsible: 'applicant', informational: true },
  ],
  findings: [{ key: 'weekdayHours', reason: '考勤记录', evidence: ['考勤记录'] }],
};

const failing = (input: ReviewInput) =>
  reviewCase(input)
    .filter((i) => !i.passed)
    .map((i) => ({ id: i.id, reason: i.reason }));

describe('案件评查 (reviewCase)', () => {
  it('passes every item on a complete file', () => {
    expect(reviewCase(base).every((i) => i.passed)).toBe(true);
    expect(reviewCase(base).map((i) => i.id)).toEqual([
      'documents',
      'service',
      'deadlines',
      'signatories',
      'finality',
      'evidence',
    ]);
  });

  const rows: Array<[string, Partial<ReviewInput>, ReviewItemId, RegExp]> = [
    [
      'a required document never generated',
      { documents: DOCS.filter((d) => d.templateId !== 'hearing_notice') },
      'documents',
      /未制作《开庭通知书》/,
    ],
    [
      'the award served without a 送达回证',
      {
        events: [
          AWARD,
          ...SERVICE.filter((e) => e.payload['document'] !== 'award'),
          served('award', 'applicant'),
          served('award', 'respondent', false),
        ],
      },
      'service',
      /《裁决书》向被申请人送达未附送达回证/,
    ],
    [
      'the award never served on the applicant',
      {
        events: [
          AWARD,
          ...SERVICE.filter(
            (e) => !(e.payload['document'] === 'award' && e.payload['addresseeRole'] === 'applicant'),
          ),
        ],
      },
      'service',
      /《裁决书》未向申请人送达/,
    ],
    [
      'the award limit missed',
      {
        deadlines: [
          { label: '裁决期限', status: 'met_late', responsible: 'committee', informational: false },
        ],
      },
      'deadlines',
      /裁决期限逾期办理/,
    ],
    ['no clerk', { clerkId: null }, 'signatories', /未指定书记员/],
    ['no A角', { handlerId: null }, 'signatories', /未指定承办人/],
    [
      'a mixed award with one 裁决书 only',
      {
        events: [
          {
            ...AWARD,
            payload: {
              ...sampleAwardPayload(),
              outcome: 'mixed',
              final: false,
              items: [
                (sampleAwardPayload()['items'] as unknown[])[0],
                {
                  claimId: null,
                  kind: 'confirm_relationship',
                  label: '确认劳动关系',
                  amountFen: null,
                  dismissed: false,
                  text: '确认双方存在劳动关系',
                  final: false,
                  reason: '不属于终局裁决事项',
                },
              ],
            },
          },
          ...SERVICE,
        ],
        documents: [
          ...DOCS.filter((d) => d.templateId !== 'award'),
          { templateId: 'award', options: '{"part":"final"}' },
        ],
      },
      'finality',
      /缺少《裁决书（之二：非终局裁决事项）》/,
    ],
    [
      'an award recorded without the per-item test',
      { events: [{ ...AWARD, payload: { final: true, summary: '旧裁决' } }, ...SERVICE] },
      'finality',
      /未逐项记录终局/,
    ],
    [
      'a finding without evidence or a burden-of-proof reason',
      { findings: [{ key: 'startDate', reason: '双方陈述一致', evidence: [] }] },
      'evidence',
      /认定“startDate”未列明证据/,
    ],
  ];

  it.each(rows)('fails only its own item: %s', (_why, change, id, reason) => {
    const f = failing({ ...base, ...change });
    expect(f.map((x) => x.id)).toEqual([id]);
    expect(f[0]?.reason).toMatch(reason);
  });

  it('accepts a finding resting on the burden of proof, and asks nothing of steps that never happened', () => {
    const burden = { key: 'startDate', reason: '被申请人承担举证责任而未举证', evidence: [] };
    expect(failing({ ...base, findings: [burden] })).toEqual([]);
    const withdrawn: ProcedureState = {
      ...state,
      outcome: 'arb_withdrawn',
      tribunal: null,
      hearingHeld: false,
    };
    const events = [
      served('acceptance_notice', 'applicant'),
      served('application_copy', 'respondent'),
      served('decision', 'applicant'),
      served('decision', 'respondent'),
    ];
    const documents = ['acceptance_notice', 'respondent_notice', 'decision'].map((templateId) => ({
      templateId,
      options: '{}',
    }));
    expect(failing({ ...base, state: withdrawn, events, documents, findings: [] })).toEqual([]);
  });

  it('ignores a voided service record', () => {
    const voided = served('award', 'respondent');
    const events = [
      AWARD,
      ...SERVICE.filter(
        (e) => !(e.payload['document'] === 'award' && e.payload['addresseeRole'] === 'respondent'),
      ),
      voided,
      {
        id: 'v',
        type: 'event.voided',
        occurredOn: '2026-10-11',
        payload: {},
        supersedesEventId: voided.id ?? null,
      },
    ];
    expect(failing({ ...base, events }).map((x) => x.id)).toEqual(['service']);
  });
});
