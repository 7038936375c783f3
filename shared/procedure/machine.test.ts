import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../domain/reference-data';
import { ACTIONS, actionById, applyEvent, availableActions, checkAction, foldEvents } from './machine';
import { initialState, type ProcedureEvent, type ProcedureState } from './procedure-state';
import { samplePayload } from './test-payloads';

const ALL_ROLES: StaffRole[] = ['arbitrator', 'mediator', 'clerk', 'director'];
const plus = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Step = [actionId: string, on: string, payload?: Record<string, unknown>];

/** Applies steps through checkAction, failing loudly if any step is refused. */
function walk(s: ProcedureState, steps: Step[]): ProcedureState {
  for (const [id, on, payload] of steps) {
    const action = actionById(id);
    if (!action) throw new Error(`no action ${id}`);
    const p = action.payload.parse(payload ?? samplePayload(id, s, on));
    const check = checkAction(s, action, ALL_ROLES, p, on);
    if (!check.ok) throw new Error(`${id} on ${on} refused: ${check.reason}`);
    s = applyEvent(s, { type: id, occurredOn: on, payload: p as Record<string, unknown> });
  }
  return s;
}

const service = (document: string, addresseeRole: string, on: string) => ({
  document,
  addressee: '某某',
  addresseeRole,
  method: 'direct',
  sentOn: on,
  servedOn: on,
});

const arbitration = () =>
  initialState({ kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false });
const mediation = () => initialState({ kind: 'mediation', receivedDate: '2026-09-01', isCollective: false });

describe('legal paths reach closure', () => {
  it('mediation: accepted, sessions, agreement, performed, archived', () => {
    const s = walk(mediation(), [
      ['med.accept', '2026-09-02'],
      ['med.session', '2026-09-05'],
      ['med.agreement', '2026-09-08'],
      ['med.performed', '2026-09-20'],
      ['case.archived', '2026-09-30'],
    ]);
    expect(s).toMatchObject({ status: 'archived', outcome: 'med_agreement', agreementPerformed: true });
  });

  it('mediation fails and is transferred to arbitration', () => {
    const s = walk(mediation(), [
      ['med.accept', '2026-09-02'],
      ['med.failed', '2026-09-16'],
      ['med.transferred', '2026-09-16', { arbitrationCaseId: 'x' }],
    ]);
    expect(s).toMatchObject({ status: 'closed', outcome: 'med_failed', transferredToCaseId: 'x' });
  });

  it('arbitration: 补正, acceptance, service, tribunal, hearing notice, suspension and resumption, hearing, award, archive', () => {
    const s = walk(arbitration(), [
      ['arb.requestCorrection', '2026-09-02'],
      ['arb.correctionCompleted', '2026-09-04'],
      ['arb.accept', '2026-09-07'],
      ['service.record', '2026-09-08', service('application_copy', 'respondent', '2026-09-08')],
      ['arb.composeTribunal', '2026-09-09'],
      ['service.record', '2026-09-10', service('tribunal_notice', 'respondent', '2026-09-10')],
      ['arb.defenceFiled', '2026-09-15'],
      ['arb.hearingScheduled', '2026-09-15', { hearingDate: '2026-10-13', time: '09:00', place: '第一庭' }],
      ['service.record', '2026-09-16', service('hearing_notice', 'respondent', '2026-09-16')],
      ['arb.suspended', '2026-09-17'],
      ['arb.resumed', '2026-09-25'],
      ['arb.hearingHeld', '2026-10-13'],
      ['arb.awarded', '2026-10-20'],
      ['case.archived', '2026-11-01'],
    ]);
    expect(s).toMatchObject({
      status: 'archived',
      outcome: 'arb_awarded',
      receivedOn: '2026-09-04',
      acceptedOn: '2026-09-07',
    });
    expect(s.suspensions).toEqual([{ from: '2026-09-17', to: '2026-09-25' }]);
  });

  it('simple procedure with a sole arbitrator, converted back to the general procedure', () => {
    const s = walk(arbitration(), [
      ['arb.accept', '2026-09-02', { simple: true }],
      ['arb.composeTribunal', '2026-09-03'],
      ['arb.convertToGeneral', '2026-09-10'],
      ['arb.composeTribunal', '2026-09-11'],
      ['arb.withdrawn', '2026-09-20'],
    ]);
    expect(s).toMatchObject({ status: 'closed', outcome: 'arb_withdrawn', isSimple: false });
    expect(s.tribunal?.mode).toBe('panel');
  });

  it('property: from any reachable state, a closing path exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mediation', 'arbitration'),
        fc.array(fc.nat(), { maxLength: 25 }),
        fc.boolean(),
        (kind, choices, collective) => {
          let s = initialState({
            kind: kind,
            receivedDate: '2026-03-02',
            isCollective: collective,
          });
          let on = '2026-03-02';
          for (const c of choices) {
            const options = availableActions(s, ALL_ROLES, on).filter(
              (a) => samplePayload(a.id, s, on) !== null,
            );
            if (options.length === 0) break;
            const a = options[c % options.length];
            if (!a) break;
            const payload = a.payload.parse(samplePayload(a.id, s, on));
            if (!checkAction(s, a, ALL_ROLES, payload, on).ok) continue;
            s = applyEvent(s, { type: a.id, occurredOn: on, payload: payload as Record<string, unknown> });
            on = plus(on, 1);
          }
          // Closing strategy: resume if suspended, then the withdrawal/failure that every open case allows.
          if (s.status === 'suspended') s = walk(s, [['arb.resumed', on]]);
          if (s.status !== 'closed' && s.status !== 'archived') {
            if (s.kind === 'mediation') s = walk(s, [['med.withdrawn', on]]);
            else if (s.acceptedOn === null) s = walk(s, [['arb.notAccepted', on]]);
            else s = walk(s, [['arb.withdrawn', on]]);
          }
          expect(['closed', 'archived']).toContain(s.status);
          if (s.status === 'closed') expect(walk(s, [['case.archived', on]]).status).toBe('archived');
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('illegal transitions are refused with the missing condition named', () => {
  const cases: [string, () => ProcedureState, string, string, Record<string, unknown> | undefined, RegExp][] =
    [
      [
        'hearing notice before the tribunal',
        () => walk(arbitration(), [['arb.accept', '2026-09-02']]),
        'arb.hearingScheduled',
        '2026-09-03',
        { hearingDate: '2026-09-20', time: '09:00', place: '庭' },
        /尚未组成仲裁庭/,
      ],
      [
        'acceptance while 补正 is pending',
        () => walk(arbitration(), [['arb.requestCorrection', '2026-09-02']]),
        'arb.accept',
        '2026-09-03',
        { simple: false },
        /补正/,
      ],
      [
        'award without a hearing',
        () =>
          walk(arbitration(), [
            ['arb.accept', '2026-09-02'],
            ['arb.composeTribunal', '2026-09-03'],
          ]),
        'arb.awarded',
        '2026-09-10',
        undefined,
        /尚未开庭/,
      ],
      [
        'hearing before its notice is served',
        () =>
          walk(arbitration(), [
            ['arb.accept', '2026-09-02'],
            ['arb.composeTribunal', '2026-09-03'],
            ['arb.hearingScheduled', '2026-09-04', { hearingDate: '2026-09-20', time: '09:00', place: '庭' }],
          ]),
        'arb.hearingHeld',
        '2026-09-20',
        { attendance: 'x' },
        /开庭通知书的送达/,
      ],
      [
        'deemed withdrawal without written notice',
        () =>
          walk(arbitration(), [
            ['arb.accept', '2026-09-02'],
            ['arb.composeTribunal', '2026-09-03'],
            ['arb.hearingScheduled', '2026-09-04', { hearingDate: '2026-09-20', time: '09:00', place: '庭' }],
          ]),
        'arb.deemedWithdrawn',
        '2026-09-20',
        { reasons: 'x' },
        /书面送达/,
      ],
      [
        'anything while suspended',
        () =>
          walk(arbitration(), [
            ['arb.accept', '2026-09-02'],
            ['arb.suspended', '2026-09-03'],
          ]),
        'arb.composeTribunal',
        '2026-09-04',
        undefined,
        /中止/,
      ],
      [
        'extension beyond 15 days',
        () =>
          walk(arbitration(), [
            ['arb.accept', '2026-09-02'],
            ['arb.extended', '2026-10-01', { days: 10, approvedBy: '主任', reasons: 'x' }],
          ]),
        'arb.extended',
        '2026-10-02',
        { days: 6, approvedBy: '主任', reasons: 'x' },
        /十五日/,
      ],
      [
        'sole arbitrator outside the simple procedure',
        () => walk(arbitration(), [['arb.accept', '2026-09-02']]),
        'arb.composeTribunal',
        '2026-09-03',
        { mode: 'sole', presidingId: 'a', memberIds: [] },
        /独任/,
      ],
      [
        'archiving an open case',
        () => arbitration(),
        'case.archived',
        '2026-09-03',
        { volumeNo: '' },
        /尚未结案/,
      ],
      [
        'transfer of a successful mediation',
        () =>
          walk(mediation(), [
            ['med.accept', '2026-09-02'],
            ['med.agreement', '2026-09-03'],
            ['med.performed', '2026-09-04'],
          ]),
        'med.transferred',
        '2026-09-05',
        { arbitrationCaseId: 'x' },
        /调解不成/,
      ],
      [
        'representatives in an individual dispute',
        () => arbitration(),
        'arb.electRepresentatives',
        '2026-09-03',
        { names: ['a', 'b', 'c'] },
        /集体争议/,
      ],
      [
        'a date before the last event',
        () => walk(arbitration(), [['arb.accept', '2026-09-10']]),
        'arb.composeTribunal',
        '2026-09-05',
        undefined,
        /上一办案事项/,
      ],
      [
        'a mediation step on an arbitration case',
        () => arbitration(),
        'med.accept',
        '2026-09-02',
        { note: '' },
        /不适用于仲裁案件/,
      ],
    ];
  it.each(cases)('%s', (_name, state, id, on, payload, reason) => {
    const s = state();
    const action = actionById(id);
    if (!action) throw new Error(id);
    const p = action.payload.parse(payload ?? samplePayload(id, s, on));
    const r = checkAction(s, action, ALL_ROLES, p, on);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('refuses a role that may not take the step', () => {
    const s = walk(arbitration(), [['arb.accept', '2026-09-02']]);
    const suspend = actionById('arb.suspended');
    if (!suspend) throw new Error('missing');
    const r = checkAction(
      s,
      suspend,
      ['clerk'],
      samplePayload('arb.suspended', s, '2026-09-03'),
      '2026-09-03',
    );
    expect(r).toEqual({ ok: false, reason: '您的角色不能办理“中止审理（经批准）”：需由主任批准' });
  });

  it('property: every action not offered is refused with a Chinese reason, and every offered one is accepted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mediation', 'arbitration'),
        fc.array(fc.nat(), { maxLength: 15 }),
        (kind, choices) => {
          let s = initialState({
            kind: kind,
            receivedDate: '2026-03-02',
            isCollective: false,
          });
          let on = '2026-03-02';
          for (const c of choices) {
            const offered = new Set(availableActions(s, ALL_ROLES, on).map((a) => a.id));
            for (const a of ACTIONS) {
              const sample = samplePayload(a.id, s, on);
              if (sample === null) continue;
              const parsed = a.payload.safeParse(sample);
              if (!parsed.success) continue;
              const r = checkAction(s, a, ALL_ROLES, parsed.data, on);
              if (offered.has(a.id)) expect(r.ok, a.id).toBe(true);
              else {
                expect(r.ok, `${a.id} is not offered but was accepted`).toBe(false);
                if (!r.ok) expect(r.reason).toMatch(/[\u4e00-\u9fff]/);
              }
            }
            const options = [...offered].filter((id) => samplePayload(id, s, on) !== null);
            const id = options[c % Math.max(1, options.length)];
            if (id === undefined) break;
            s = walk(s, [[id, on]]);
            on = plus(on, 1);
          }
        },
      ),
      { numRuns: 100, seed: 11 },
    );
  });
});

describe('folding the event log', () => {
  it('skips superseded events and unknown types', () => {
    const events: (ProcedureEvent & { id: string; supersedesEventId?: string | null })[] = [
      { id: 'e1', type: 'case.received', occurredOn: '2026-09-01', payload: {} },
      { id: 'e2', type: 'arb.accept', occurredOn: '2026-09-02', payload: { simple: false } },
      { id: 'e3', type: 'some.future.event', occurredOn: '2026-09-03', payload: {} },
      { id: 'e4', type: 'note.correction', occurredOn: '2026-09-03', payload: {}, supersedesEventId: 'e2' },
    ];
    const s = foldEvents({ kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false }, events);
    expect(s.status).toBe('received');
    expect(s.acceptedOn).toBeNull();
  });

  it('restores an imported case from its import event', () => {
    const s = foldEvents({ kind: 'arbitration', receivedDate: '2026-01-05', isCollective: false }, [
      {
        type: 'case.imported',
        occurredOn: '2026-01-05',
        payload: {
          status: 'closed',
          outcome: 'arb_awarded',
          acceptedDate: '2026-01-08',
          closedDate: '2026-02-10',
        },
      },
    ]);
    expect(s).toMatchObject({
      status: 'closed',
      outcome: 'arb_awarded',
      acceptedOn: '2026-01-08',
      closedOn: '2026-02-10',
    });
  });
});
