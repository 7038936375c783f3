import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { toActor } from './auth-service';
import { sampleAwardPayload } from '../../../shared/procedure/test-payloads';

// Issue 10 item 7 through the real core: a clerk records 受理 (and so is nobody's A角), a tribunal decides the
// case; the closure counts for the three arbitrators (the presiding one apart), not for the clerk; every figure
// names its period; a period ending before it starts is refused naming the field.

const NOW = Date.parse('2026-10-30T02:00:00Z');
let core: TestCore;
let director: Actor;
let clerk: Actor;
let arb: string[];

function person(username: string, roles: string[]): Actor {
  const r = core.services.staff.create(
    {
      officeId: director.officeId as string,
      name: username,
      username,
      password: 'password-123',
      roles: roles as never,
    },
    director,
  );
  if (!r.ok) throw new Error(r.error.message);
  const signed = core.services.auth.signIn(username, 'password-123');
  if (!signed.ok) throw new Error(signed.error.message);
  return toActor(signed.value);
}

const step = (who: Actor, caseId: string, action: string, occurredOn: string, payload: object = {}) => {
  const r = core.services.mutations.run('case.performAction', { caseId, action, occurredOn, payload }, who);
  if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
};

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
  clerk = person('clerk', ['clerk']);
  arb = ['arb1', 'arb2', 'arb3'].map((u) => person(u, ['arbitrator']).id);
  const reg = core.services.mutations.run(
    'case.register',
    aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
    clerk,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  const id = reg.value.id;
  step(clerk, id, 'arb.accept', '2026-09-02', { simple: false });
  step(director, id, 'arb.composeTribunal', '2026-09-03', {
    mode: 'panel',
    presidingId: arb[0],
    memberIds: [arb[1], arb[2]],
  });
  step(clerk, id, 'arb.hearingScheduled', '2026-09-04', {
    hearingDate: '2026-09-21',
    time: '09:00',
    place: '第一庭',
  });
  step(clerk, id, 'service.record', '2026-09-07', {
    document: 'hearing_notice',
    addressee: '某公司',
    addresseeRole: 'respondent',
    method: 'direct',
    sentOn: '2026-09-07',
    servedOn: '2026-09-07',
  });
  step(director, id, 'arb.hearingHeld', '2026-09-21', { attendance: '双方到庭' });
  step(director, id, 'arb.awarded', '2026-10-12', sampleAwardPayload());
});
afterEach(() => core.dispose());

describe('workload credit', () => {
  it('credits the closure to the tribunal, not to the clerk who recorded 受理', () => {
    const report = core.services.assignment.workload();
    expect(report.periods).toMatchObject({ from: '2026-01-01', to: '2026-10-30', today: '2026-10-30' });
    const byId = new Map(report.rows.map((r) => [r.staffId, r]));
    expect(byId.get(arb[0] as string)).toMatchObject({
      closedInPeriod: 1,
      closedAsPresiding: 1,
      averageDaysToClose: 40,
    });
    expect(byId.get(arb[1] as string)).toMatchObject({ closedInPeriod: 1, closedAsPresiding: 0 });
    expect(byId.get(arb[2] as string)).toMatchObject({ closedInPeriod: 1, closedAsPresiding: 0 });
    expect(byId.get(clerk.id)).toMatchObject({ closedInPeriod: 0, openCount: 0 });
    expect(byId.has(director.id)).toBe(false);
  });

  it('counts only the period asked for, and says so in the .xlsx headers', async () => {
    const september = core.services.assignment.workload({ from: '2026-09-01', to: '2026-09-30' });
    expect(september.rows.every((r) => r.closedInPeriod === 0)).toBe(true);
    const file = await core.services.assignment.workloadXlsx({ from: '2026-10-01', to: '2026-10-31' });
    expect(file.fileName).toBe('工作量-2026-10-01至2026-10-31.xlsx');
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.dataBase64, 'base64');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const header = (wb.getWorksheet('工作量')?.getRow(1).values ?? []) as unknown[];
    expect(header).toContain('结案数（按作出裁决或调解的仲裁员计）（2026-10-01 至 2026-10-31）');
    expect(header).toContain('在办加权工作量（截至 2026-10-30）');
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const signed = await core.dispatcher.dispatch(
      'auth:signIn',
      { username: 'clerk', password: 'password-123' },
      { sessionKey: 'k' },
    );
    expect(signed.ok).toBe(true);
    const r = await core.dispatcher.dispatch(
      'workload:report',
      { from: '2026-10-01', to: '2026-09-01' },
      { sessionKey: 'k' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toContain('结束日期不能早于开始日期');
    const okr = await core.dispatcher.dispatch('workload:report', {}, { sessionKey: 'k' });
    expect(okr.ok && (okr.value as { periods: { from: string } }).periods.from).toBe('2026-01-01');
  });
});
