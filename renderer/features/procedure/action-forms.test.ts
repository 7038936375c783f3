import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../shared/procedure/machine';
import { initialState } from '../../../shared/procedure/procedure-state';
import { samplePayload } from '../../../shared/procedure/test-payloads';
import {
  actionTestId,
  canTransfer,
  defaultPayload,
  FORM_FIELDS,
  formKindOf,
  issueFieldPath,
  offeredActions,
  TRANSFER_ACTION,
} from './action-forms';
import { actionFormSchema } from './action-resolver';

const TODAY = '2026-09-01';
const state = initialState({ kind: 'arbitration', receivedDate: '2026-08-20', isCollective: true });
const SERVICE_SAMPLE = {
  document: 'hearing_notice',
  addressee: '张三',
  addresseeRole: 'applicant',
  method: 'direct',
  sentOn: TODAY,
  servedOn: TODAY,
  evidence: '',
};
const sample = (id: string) => (id === 'service.record' ? SERVICE_SAMPLE : samplePayload(id, state, TODAY));
const formActions = ACTIONS.filter((a) => a.id !== TRANSFER_ACTION);

describe('action forms', () => {
  it('has a form for every action the engine offers', () => {
    for (const a of formActions) expect(formKindOf(a.id), a.id).not.toBe('unknown');
    expect(formKindOf('x.future')).toBe('unknown');
  });

  // 作出裁决's form keeps rows in 元 under `awardItems` and its own schema turns them into the tested payload
  // (award-form.ts; award-form.test.ts checks that output against the action's schema), so its payload keys are
  // not form fields.
  const direct = formActions.filter((a) => formKindOf(a.id) !== 'award');

  it('shows every field the action takes (checked against the engine’s sample payloads)', () => {
    for (const a of direct) {
      const s = sample(a.id);
      expect(s, a.id).not.toBeNull();
      for (const key of Object.keys(s ?? {}))
        expect(FORM_FIELDS[formKindOf(a.id)], `${a.id}.${key}`).toContain(key);
    }
  });

  it('starts from defaults that a filled-in form turns into a valid payload', () => {
    for (const a of direct) {
      const kind = formKindOf(a.id);
      const values = { ...defaultPayload(kind, TODAY, false), ...sample(a.id) };
      const parsed = a.payload.safeParse(values);
      expect(parsed.success, `${a.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('defaults only keys its form shows', () => {
    for (const a of formActions) {
      const kind = formKindOf(a.id);
      for (const key of Object.keys(defaultPayload(kind, TODAY, true)))
        expect(FORM_FIELDS[kind]).toContain(key);
    }
  });

  it('prefills today, 09:00 and the tribunal mode that fits the procedure', () => {
    expect(defaultPayload('service', TODAY, false).sentOn).toBe(TODAY);
    expect(defaultPayload('hearing', TODAY, false).time).toBe('09:00');
    expect(defaultPayload('tribunal', TODAY, true).mode).toBe('sole');
    expect(defaultPayload('tribunal', TODAY, false).mode).toBe('panel');
    expect(defaultPayload('representatives', TODAY, false).names).toHaveLength(3);
  });
});

describe('actionTestId', () => {
  it('replaces dots with dashes', () => {
    expect(actionTestId('arb.accept')).toBe('action-arb-accept');
    expect(actionTestId('service.record')).toBe('action-service-record');
    expect(actionTestId('case.archived')).toBe('action-case-archived');
  });
});

describe('transfer to arbitration', () => {
  const available = [
    { id: 'med.transferred', label: '调解不成转仲裁', citation: null },
    { id: 'case.archived', label: '归档', citation: null },
  ];
  it('is never offered as a plain action', () => {
    expect(offeredActions({ available }).map((a) => a.id)).toEqual(['case.archived']);
  });
  it('is offered for an untransferred mediation case when main allows it', () => {
    expect(canTransfer({ kind: 'mediation', linkedCaseId: null, available })).toBe(true);
    expect(canTransfer({ kind: 'mediation', linkedCaseId: 'arb-1', available })).toBe(false);
    expect(canTransfer({ kind: 'mediation', linkedCaseId: null, available: available.slice(1) })).toBe(false);
    expect(canTransfer({ kind: 'arbitration', linkedCaseId: null, available })).toBe(false);
  });
});

describe('issueFieldPath', () => {
  it('places issues on fields the form shows and leaves the rest to the alert', () => {
    expect(issueFieldPath('occurredOn', 'note')).toBe('occurredOn');
    expect(issueFieldPath('payload.hearingDate', 'hearing')).toBe('payload.hearingDate');
    expect(issueFieldPath('payload.names.1', 'representatives')).toBe('payload.names.1');
    expect(issueFieldPath('payload.hearingDate', 'note')).toBeNull();
    expect(issueFieldPath('caseId', 'note')).toBeNull();
  });
});

describe('actionFormSchema', () => {
  it('reports issues at the same paths main uses', () => {
    const hearing = ACTIONS.find((a) => a.id === 'arb.hearingScheduled');
    if (hearing === undefined) throw new Error('arb.hearingScheduled missing');
    const r = actionFormSchema(hearing.payload).safeParse({
      occurredOn: '2026-02-30',
      payload: { hearingDate: undefined, time: '9点', place: '' },
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['occurredOn', 'payload.hearingDate', 'payload.place', 'payload.time']);
  });
  it('passes on only the action’s own payload keys', () => {
    const accept = ACTIONS.find((a) => a.id === 'arb.accept');
    if (accept === undefined) throw new Error('arb.accept missing');
    const r = actionFormSchema(accept.payload).parse({
      occurredOn: TODAY,
      payload: { simple: true, note: '', x: 1 },
    });
    expect(r.payload).toEqual({ simple: true, note: '' });
  });
});
