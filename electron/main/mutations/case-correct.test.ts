import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFactsInput } from '../../../shared/domain/case/case.schema';
import { snapshotOf } from '../../../shared/domain/case/fact-diff';
import { aCase } from '../../../tests/helpers/builders';
import { currentFacts as readFacts } from '../../../tests/helpers/current-facts';
import { correctionsFixture, TODAY, type CorrectionsFixture } from '../../../tests/helpers/corrections';

let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const currentFacts = (caseId: string): CaseFactsInput => readFacts(fx.core, caseId, fx.director);

const correct = (caseId: string, facts: CaseFactsInput, reason = '登记时录入错误', by = fx.director) =>
  fx.core.services.mutations.run('case.correct', { caseId, facts, reason }, by);

const rename = (f: CaseFactsInput, i: number, name: string): CaseFactsInput => ({
  ...f,
  parties: f.parties.map((p, j) => (j === i ? { ...p, name } : p)),
});

const listed = (query: string) =>
  fx.core.services.cases.list({
    query,
    voided: 'exclude',
    sort: 'receivedDate',
    dir: 'desc',
    offset: 0,
    limit: 50,
  }).total;

describe('case.correct', () => {
  it('corrects a misspelt name: before → after with who and when on the timeline, search follows', () => {
    const id = fx.register({
      parties: aCase(fx.officeId).parties.map((p, i) => (i === 0 ? { ...p, name: '张山' } : p)),
    });
    const r = correct(id, rename(currentFacts(id), 0, '张三'), '申请人姓名录入错误');
    expect(r.ok).toBe(true);
    const timeline = fx.core.services.cases.timeline(id);
    if (!timeline.ok) throw new Error('timeline');
    const e = timeline.value.find((x) => x.type === 'case.corrected');
    expect(e).toMatchObject({ label: '更正案件信息', occurredOn: TODAY, actorId: fx.director.id });
    expect(e?.payload).toEqual({
      reason: '申请人姓名录入错误',
      changes: [
        {
          field: expect.stringMatching(/^parties\..+\.name$/),
          label: '当事人 张山 · 姓名/名称',
          before: '张山',
          after: '张三',
        },
      ],
    });
    expect(listed('张三')).toBe(1);
    expect(listed('张山')).toBe(0);
    const outbox = fx.core.services.repos.outbox.list().at(-1);
    expect(outbox?.name).toBe('case.correct');
    expect(fx.core.services.repos.audit.list().at(-1)).toMatchObject({
      mutation: 'case.correct',
      caseId: id,
    });
  });

  it('refuses an empty correction and a missing reason, writing nothing', () => {
    const id = fx.register();
    const before = fx.outboxCount();
    expect(correct(id, currentFacts(id))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(correct(id, rename(currentFacts(id), 0, '李四'), ' ')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(fx.outboxCount()).toBe(before);
  });

  it.each([
    [
      'an ID number with a wrong check digit',
      (f: CaseFactsInput) => ({
        ...f,
        parties: f.parties.map((p, i) => (i === 0 ? { ...p, idNumber: '110105194912310021' } : p)),
      }),
      'facts.parties.0.idNumber',
    ],
    [
      'no respondent',
      (f: CaseFactsInput) => ({
        ...f,
        parties: f.parties.map((p) => (p.kind === 'agent' ? p : { ...p, role: 'applicant' as const })),
      }),
      'facts.parties',
    ],
    [
      'a collective dispute of nine',
      (f: CaseFactsInput) => ({ ...f, isCollective: true, workerCount: 9 }),
      'facts.workerCount',
    ],
    [
      'a 收件日期 in the future',
      (f: CaseFactsInput) => ({ ...f, receivedDate: '2026-11-26' }),
      'facts.receivedDate',
    ],
  ])(
    'applies the registration rules: refuses %s, naming the field and writing nothing',
    (_, change, path) => {
      const id = fx.register();
      const before = fx.outboxCount();
      const r = correct(id, change(currentFacts(id)));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect((r.error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(path);
      expect(fx.outboxCount()).toBe(before);
      expect(fx.core.services.repos.events.listByCase(id)).toHaveLength(1);
    },
  );

  it('a corrected 收件日期 supersedes the receipt and moves the accept-review deadline', () => {
    // Received Friday 2026-11-20: five working days → Friday 11-27. Really received Wednesday 11-18 → 11-25.
    const id = fx.register({ receivedDate: '2026-11-20' });
    const due = () =>
      fx.core.services.repos.deadlines.listByCase(id).find((d) => d.ruleId === 'arb.accept_review')?.dueDate;
    expect(due()).toBe('2026-11-27');
    const r = correct(id, { ...currentFacts(id), receivedDate: '2026-11-18' }, '收件日期录入错误');
    expect(r.ok).toBe(true);
    expect(due()).toBe('2026-11-25');
    const d = fx.core.services.cases.get(id);
    expect(d.ok && d.value.receivedDate).toBe('2026-11-18');
    const receipts = fx.core.services.repos.events.listByCase(id).filter((e) => e.type === 'case.received');
    expect(receipts.map((e) => e.occurredOn).sort()).toEqual(['2026-11-18', '2026-11-20']);
    const replacement = receipts.find((e) => e.occurredOn === '2026-11-18');
    expect(replacement?.supersedesEventId).toBe(receipts.find((e) => e.occurredOn === '2026-11-20')?.id);
    // Correcting again supersedes the correction; the procedure view reads the one in force.
    expect(correct(id, { ...currentFacts(id), receivedDate: '2026-11-19' }).ok).toBe(true);
    const view = fx.core.services.procedure.view(id, fx.directorSession);
    expect(view.ok && view.value.receivedOn).toBe('2026-11-19');
  });

  it('refuses a 收件日期 later than the first later step, naming it', () => {
    const id = fx.register({ receivedDate: '2026-11-18' });
    fx.step(id, 'arb.accept', '2026-11-20', { simple: false });
    const r = correct(id, { ...currentFacts(id), receivedDate: '2026-11-23' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok)
      expect(r.error.message).toBe('收件日期：不能晚于其后的办案事项“受理（立案）”的日期（2026-11-20）');
    expect(correct(id, { ...currentFacts(id), receivedDate: '2026-11-20' }).ok).toBe(true);
  });

  it('voids a party and a claim left out, adds new ones, and re-indexes 案由', () => {
    const id = fx.register({
      parties: [
        ...aCase(fx.officeId).parties,
        { kind: 'worker', role: 'third_party', name: '王五', idNumber: '11010519491231002X' },
      ],
    });
    const f = currentFacts(id);
    const r = correct(id, {
      ...f,
      reasons: ['wage_arrears'],
      parties: [...f.parties.slice(0, 2), { kind: 'employer', role: 'third_party', name: '某劳务派遣公司' }],
      claims: [{ type: 'wage_arrears', description: '支付拖欠工资', amountFen: 500_000 }],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.changes.map((c) => c.label)).toEqual([
      '案由',
      '新增当事人',
      '作废当事人',
      '新增请求事项',
      '作废请求事项',
    ]);
    const d = fx.core.services.cases.get(id);
    if (!d.ok) throw new Error('detail');
    expect(d.value.parties.map((p) => p.name)).toEqual(['张三', '福州市某某科技有限公司', '某劳务派遣公司']);
    expect(d.value.claims.map((c) => c.amountFen)).toEqual([500_000]);
    const byReason = (reason: 'wage_arrears' | 'overtime') =>
      fx.core.services.cases.list({
        reason,
        voided: 'exclude',
        sort: 'receivedDate',
        dir: 'desc',
        offset: 0,
        limit: 50,
      }).total;
    expect([byReason('wage_arrears'), byReason('overtime')]).toEqual([1, 0]);
    // The voided party is kept with who and why — never deleted.
    const kept = fx.core.db
      .prepare("SELECT deleted_by, delete_reason FROM parties WHERE name = '王五'")
      .get() as { deleted_by: string; delete_reason: string };
    expect(kept).toEqual({ deleted_by: fx.director.id, delete_reason: '登记时录入错误' });
  });

  it('property: correcting and then correcting back gives the original facts', () => {
    const id = fx.register();
    const snap = () => {
      const d = fx.core.services.cases.get(id);
      if (!d.ok) throw new Error('detail');
      return snapshotOf(d.value);
    };
    const original = snap();
    const start = currentFacts(id);
    fc.assert(
      fc.property(
        fc.constantFrom('张三丰', '李四', 'Zhang San'),
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.constantFrom('2026-11-02', '2026-11-19', '2026-11-25'),
        fc.boolean(),
        (name, amountFen, receivedDate, migrant) => {
          const changed: CaseFactsInput = {
            ...rename(start, 0, name),
            receivedDate,
            isMigrantWage: migrant,
            claims: start.claims.map((c) => ({ ...c, amountFen })),
          };
          const there = correct(id, changed);
          const back = correct(id, start);
          expect(there.ok).toBe(true);
          expect(back.ok).toBe(true);
          expect(snap()).toEqual(original);
          expect(listed('张三')).toBe(1);
        },
      ),
      { numRuns: 12, seed: 3 },
    );
  });
});

describe('one future-date rule for 收件日期', () => {
  it('refuses a future 收件日期 at registration and at import, writing nothing', () => {
    const before = fx.outboxCount();
    const reg = fx.core.services.mutations.run(
      'case.register',
      aCase(fx.officeId, { receivedDate: '2026-11-26' }),
      fx.director,
    );
    expect(reg).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '收件日期：2026-11-26 晚于今天（2026-11-25），不能登记尚未发生的事项',
      },
    });
    const imp = fx.core.services.mutations.run(
      'case.importHistorical',
      { ...aCase(fx.officeId, { receivedDate: '2027-01-04' }), status: 'received' },
      fx.director,
    );
    expect(imp).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fx.outboxCount()).toBe(before);
    expect(
      fx.core.services.mutations.run(
        'case.register',
        aCase(fx.officeId, { receivedDate: TODAY }),
        fx.director,
      ).ok,
    ).toBe(true);
  });
});
