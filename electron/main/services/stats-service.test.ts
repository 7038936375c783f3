import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { ADMIN_PASSWORD, createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';
import { sampleAwardPayload } from '../../../shared/procedure/test-payloads';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { OFFICIAL_COLUMNS } from '../../../shared/stats';

// 统计分析 through the real core on a real SQLite file: an awarded case, a withdrawn one and one never accepted,
// read back as records (审限 from the deadline projection, 终局 and 处理结果 from the award), counted, and
// exported as .xlsx holding the same figures.

const NOW = Date.parse('2026-10-30T02:00:00Z');
const PERIOD = { from: '2026-01-01', to: '2026-10-30' };
let core: TestCore;
let director: Actor;
let user: SessionUser;
const ids = { awarded: '', withdrawn: '', pending: '' };

const step = (caseId: string, action: string, occurredOn: string, payload: object = {}) => {
  const r = core.services.mutations.run(
    'case.performAction',
    { caseId, action, occurredOn, payload },
    director,
  );
  if (!r.ok) throw new Error(`${action}: ${r.error.message}`);
};
const register = (name: keyof typeof ids, receivedDate: string) => {
  const r = core.services.mutations.run(
    'case.register',
    aCase(director.officeId as string, { receivedDate }),
    director,
  );
  if (!r.ok) throw new Error(r.error.message);
  ids[name] = r.value.id;
  return r.value.id;
};

beforeEach(() => {
  core = createTestCore({ now: () => NOW });
  director = initialize(core);
  const signed = core.services.auth.signIn('admin', ADMIN_PASSWORD);
  if (!signed.ok) throw new Error(signed.error.message);
  user = signed.value;
  const awarded = register('awarded', '2026-09-01');
  step(awarded, 'arb.accept', '2026-09-02', { simple: true });
  step(awarded, 'arb.composeTribunal', '2026-09-03', {
    mode: 'sole',
    presidingId: director.id,
    memberIds: [],
  });
  step(awarded, 'arb.hearingScheduled', '2026-09-04', {
    hearingDate: '2026-09-21',
    time: '09:00',
    place: '第一庭',
  });
  step(awarded, 'service.record', '2026-09-07', {
    document: 'hearing_notice',
    addressee: '某公司',
    addresseeRole: 'respondent',
    method: 'direct',
    sentOn: '2026-09-07',
    servedOn: '2026-09-07',
  });
  step(awarded, 'arb.hearingHeld', '2026-09-21', { attendance: '双方到庭' });
  step(awarded, 'arb.awarded', '2026-10-12', sampleAwardPayload());
  const withdrawn = register('withdrawn', '2026-10-01');
  step(withdrawn, 'arb.accept', '2026-10-02', { simple: false });
  step(withdrawn, 'arb.withdrawn', '2026-10-20', { reasons: '双方和解' });
  register('pending', '2026-10-28');
});
afterEach(() => core.dispose());

describe('stats service', () => {
  it('builds the records from the database and counts them', () => {
    const r = core.services.stats.view(PERIOD, user);
    if (!r.ok) throw new Error(r.error.message);
    const t = r.value.figures.table;
    expect(t.accepted.caseIds).toEqual(expect.arrayContaining([ids.awarded, ids.withdrawn]));
    expect(t.accepted.value).toBe(2);
    expect(t.closedByMethod.award.caseIds).toEqual([ids.awarded]);
    expect(t.closedByMethod.other.caseIds).toEqual([ids.withdrawn]);
    expect(t.closedByResult.worker.caseIds).toEqual([ids.awarded]); // every item granted, the worker applied
    expect(t.byReason.劳动报酬.value).toBe(2); // 加班费 → 劳动报酬
    expect(r.value.figures.measures.awardFinal.caseIds).toEqual([ids.awarded]);
    // 审限: accepted 09-02 + 45 days = 10-17; the award on 10-12 and the withdrawal on 10-20 (within its own)
    expect(r.value.figures.rates.onTimeClosing.numerator.value).toBe(2);
    expect(r.value.figures.amounts.awardedFen.value).toBe(1000000);
    expect(r.value.coverage).toMatchObject({ enrolled: false, lastSyncAt: null, cases: 3 });
    expect(r.value.cases[ids.awarded]?.outcome).toBe('arb_awarded');
  });

  it('covers the stations under the committee, leaves voided cases out, and reads an extended 审限', () => {
    const station = core.services.offices.createStation(
      { name: '城关调解委员会', shortName: '城关' },
      director,
    );
    if (!station.ok) throw new Error(station.error.message);
    const med = core.services.mutations.run(
      'case.register',
      aCase(station.value.id, { kind: 'mediation', receivedDate: '2026-10-10' }),
      director,
    );
    if (!med.ok) throw new Error(med.error.message);
    const extended = register('pending', '2026-08-01');
    step(extended, 'arb.accept', '2026-08-03', { simple: false });
    step(extended, 'arb.extended', '2026-09-10', { days: 15, approvedBy: '王主任', reasons: '案情复杂' });
    const voided = core.services.mutations.run(
      'case.void',
      { caseId: ids.withdrawn, grounds: 'duplicate', reason: '重复登记' },
      director,
    );
    if (!voided.ok) throw new Error(voided.error.message);
    const r = core.services.stats.view(PERIOD, user);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.coverage.offices.map((o) => o.name)).toContain('城关调解委员会');
    expect(r.value.figures.table.stationReceived.caseIds).toEqual([med.value.id]);
    expect(r.value.figures.table.accepted.caseIds).not.toContain(ids.withdrawn);
    // 08-03 + 45 days = 09-17, extended by 15 days to 10-02
    expect(r.value.cases[extended]?.acceptedDate).toBe('2026-08-03');
    expect(
      core.services.repos.stats.casesOf([director.officeId as string]).find((c) => c.id === extended)
        ?.awardLimitDue,
    ).toBe('2026-10-02');
  });

  it('is for directors only', () => {
    const r = core.services.stats.view(PERIOD, { ...user, roles: ['clerk'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有主任可以查看统计分析' } });
  });

  it('changed definitions are stored and used; null restores the defaults', () => {
    const { definitions } = core.services.stats.definitions();
    const local = {
      ...definitions,
      arbitrationClosing: { ...definitions.arbitrationClosing, denominator: ['accepted' as const] },
    };
    expect(core.services.stats.setDefinitions(local, director)).toEqual({ ok: true, value: { saved: true } });
    expect(core.services.stats.definitions().custom).toBe(true);
    const r = core.services.stats.view(PERIOD, user);
    expect(r.ok && r.value.figures.rates.arbitrationClosing.denominator.value).toBe(2);
    core.services.stats.setDefinitions(null, director);
    expect(core.services.stats.definitions().custom).toBe(false);
  });

  it('exports .xlsx with the official table holding the same figures, and the case list', async () => {
    const view = core.services.stats.view(PERIOD, user);
    const file = await core.services.stats.xlsx(PERIOD, user);
    if (!view.ok || !file.ok) throw new Error('failed');
    const bytes = Buffer.from(file.value.dataBase64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = wb.getWorksheet('统计表');
    OFFICIAL_COLUMNS.forEach((c, i) =>
      expect(sheet?.getCell(5, i + 1).value).toBe(c.pick(view.value.figures.table).value),
    );
    expect(wb.getWorksheet('案件清单')?.rowCount).toBe(1 + 2);
    expect(wb.getWorksheet('比率')?.getCell(2, 1).value).toBe('调解成功率');
  });
});
