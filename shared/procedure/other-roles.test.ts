// Steps legal now but not for this user's roles are listed with who may take them (issue 10 item 10) — and the
// engine still refuses them for those roles, naming who may.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLE_CODES, type StaffRole } from '../domain/reference-data';
import { actionById, actionsForOtherRoles, applyEvent, availableActions, checkAction } from './machine';
import { initialState, type ProcedureState } from './procedure-state';
import { samplePayload } from './test-payloads';

const ALL: StaffRole[] = ['arbitrator', 'mediator', 'clerk', 'director'];
const plus = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A case walked along legal steps chosen by `choices`, and the day after the last one. */
function walked(kind: 'mediation' | 'arbitration', choices: readonly number[]): [ProcedureState, string] {
  let s = initialState({ kind, receivedDate: '2026-03-02', isCollective: false });
  let on = '2026-03-02';
  for (const c of choices) {
    const options = availableActions(s, ALL, on).filter((a) => samplePayload(a.id, s, on) !== null);
    const a = options[c % Math.max(1, options.length)];
    if (a === undefined) break;
    const p = a.payload.parse(samplePayload(a.id, s, on)) as Record<string, unknown>;
    s = applyEvent(s, { type: a.id, occurredOn: on, payload: p });
    on = plus(on, 1);
  }
  return [s, on];
}

describe('actionsForOtherRoles', () => {
  it('a clerk at the award stage gets 作出裁决 as another role’s step: 需由仲裁员或主任办理', () => {
    const steps: Array<[string, Record<string, unknown>?]> = [
      ['arb.accept', { simple: false }],
      ['arb.composeTribunal'],
      ['arb.hearingScheduled'],
      ['arb.hearingHeld'],
    ];
    let s = initialState({ kind: 'arbitration', receivedDate: '2026-09-01', isCollective: false });
    let on = '2026-09-02';
    for (const [id, payload] of steps) {
      const a = actionById(id);
      if (!a) throw new Error(id);
      const p = a.payload.parse(payload ?? samplePayload(id, s, on)) as Record<string, unknown>;
      s = applyEvent(s, { type: id, occurredOn: on, payload: p });
      on = plus(on, 1);
    }
    const other = actionsForOtherRoles(s, ['clerk'], on);
    expect(other.find((x) => x.action.id === 'arb.awarded')?.reason).toBe('需由仲裁员或主任办理');
    expect(availableActions(s, ['clerk'], on).map((a) => a.id)).not.toContain('arb.awarded');
  });

  it('property: mine and others’ together are the steps legal for anyone, never overlapping, and others’ are refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'mediation' | 'arbitration'>('mediation', 'arbitration'),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.subarray([...STAFF_ROLE_CODES]),
        (kind, choices, roles) => {
          const [s, on] = walked(kind, choices);
          const mine = availableActions(s, roles, on).map((a) => a.id);
          const others = actionsForOtherRoles(s, roles, on);
          const everyone = availableActions(s, ALL, on).map((a) => a.id);
          expect([...mine, ...others.map((o) => o.action.id)].sort()).toEqual([...everyone].sort());
          for (const { action, reason } of others) {
            expect(mine).not.toContain(action.id);
            expect(reason).toMatch(/^需由.+(办理|批准|决定)$/);
            const sample = samplePayload(action.id, s, on);
            if (sample === null) continue;
            const r = checkAction(s, action, roles, action.payload.parse(sample), on);
            expect(r).toEqual({ ok: false, reason: `您的角色不能办理“${action.label}”：${reason}` });
          }
        },
      ),
      { numRuns: 100, seed: 10 },
    );
  });
});
