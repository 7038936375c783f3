import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionsFixture, served, type CorrectionsFixture } from '../../../tests/helpers/corrections';

let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const voidEvent = (caseId: string, eventId: string, reason = '误录', by = fx.director) =>
  fx.core.services.mutations.run('case.voidEvent', { caseId, eventId, reason }, by);
const compose = (caseId: string, on: string) =>
  fx.core.services.mutations.run(
    'case.performAction',
    {
      caseId,
      action: 'arb.composeTribunal',
      occurredOn: on,
      payload: { mode: 'sole', presidingId: fx.director.id, memberIds: [] },
    },
    fx.director,
  );

/** Received 09-01, accepted as simple 09-02, the application copy really served on 09-10. */
function acceptedCase(): string {
  const id = fx.register({ receivedDate: '2026-09-01' });
  fx.step(id, 'arb.accept', '2026-09-02', { simple: true });
  fx.step(id, 'service.record', '2026-09-10', served('application_copy', '2026-09-10'));
  return id;
}

describe('case.voidEvent', () => {
  it('a service record entered with a wrong late date blocks the real earlier step until it is voided', () => {
    const id = acceptedCase();
    const wrong = fx.step(id, 'service.record', '2026-09-20', served('evidence_notice', '2026-09-20'));
    const blocked = compose(id, '2026-09-15');
    expect(blocked).toMatchObject({
      ok: false,
      error: { message: '日期不能早于上一办案事项的日期（2026-09-20）' },
    });
    expect(voidEvent(id, wrong, '送达日期录错，实为另一案件').ok).toBe(true);
    // The dates behind it are free again — but not before the other steps still in force.
    expect(compose(id, '2026-09-08')).toMatchObject({
      ok: false,
      error: { message: '日期不能早于上一办案事项的日期（2026-09-10）' },
    });
    expect(compose(id, '2026-09-15').ok).toBe(true);
    const events = fx.core.services.repos.events.listByCase(id);
    const original = events.find((e) => e.id === wrong);
    expect(original?.payload['document']).toBe('evidence_notice'); // kept, never deleted
    expect(events.find((e) => e.supersedesEventId === wrong)).toMatchObject({
      type: 'event.voided',
      actorId: fx.director.id,
      payload: { reason: '送达日期录错，实为另一案件', voidedLabel: '登记送达', voidedOn: '2026-09-20' },
    });
  });

  it('a voided hearing scheduling leaves the hearing list (batch documents for a day)', () => {
    const id = acceptedCase();
    compose(id, '2026-09-11');
    const scheduled = fx.step(id, 'arb.hearingScheduled', '2026-09-12', {
      hearingDate: '2026-12-01',
      time: '09:30',
      place: '第一仲裁庭',
    });
    const listed = () => fx.core.services.repos.caseQuery.hearingsBetween('2026-12-01', '2026-12-01').length;
    expect(listed()).toBe(1);
    expect(voidEvent(id, scheduled, '开庭时间录错').ok).toBe(true);
    expect(listed()).toBe(0);
  });

  it('fold, deadlines and the service table no longer see a voided service record', () => {
    const id = fx.register({ receivedDate: '2026-09-01' });
    fx.step(id, 'arb.accept', '2026-09-02', { simple: false });
    const copy = fx.step(id, 'service.record', '2026-09-04', served('application_copy', '2026-09-04'));
    const serveCopy = () =>
      fx.core.services.repos.deadlines.listByCase(id).find((d) => d.ruleId === 'arb.serve_copy')?.status;
    const defence = () =>
      fx.core.services.repos.deadlines.listByCase(id).some((d) => d.ruleId === 'arb.defence');
    expect([serveCopy(), defence()]).toEqual(['met', true]);
    expect(voidEvent(id, copy).ok).toBe(true);
    expect([serveCopy(), defence()]).toEqual(['overdue', false]);
    const view = fx.core.services.procedure.view(id, fx.directorSession);
    expect(view.ok && view.value.services).toEqual([]);
  });

  it('refuses the receipt, a record voided already, another case’s record, and a void a later step stands on', () => {
    const id = acceptedCase();
    const other = acceptedCase();
    const events = fx.core.services.repos.events.listByCase(id);
    const receipt = events.find((e) => e.type === 'case.received')?.id as string;
    const accept = events.find((e) => e.type === 'arb.accept')?.id as string;
    const copy = events.find((e) => e.type === 'service.record')?.id as string;
    const before = fx.outboxCount();
    expect(voidEvent(id, receipt)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(voidEvent(other, copy)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '本案没有这条办案记录' },
    });
    const broken = voidEvent(id, accept);
    expect(broken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!broken.ok)
      expect(broken.error.message).toBe(
        '不能作废：其后的“登记送达”（2026-09-10）以此为前提，作废后将不再合法（案件尚未受理，不能送达仲裁申请书副本）。请先作废其后的记录',
      );
    expect(fx.outboxCount()).toBe(before);
    expect(voidEvent(id, copy).ok).toBe(true);
    expect(voidEvent(id, copy)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该记录已经作废或更正' },
    });
    // With the service voided first, the acceptance may go: the case is back to 已收件.
    const r = voidEvent(id, accept);
    expect(r.ok && r.value.status).toBe('received');
    const d = fx.core.services.cases.get(id);
    expect(d.ok && [d.value.status, d.value.acceptedDate]).toEqual(['received', null]);
  });
});
