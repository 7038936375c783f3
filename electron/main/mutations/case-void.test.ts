import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationName } from '../../../shared/mutations/definitions';
import { MUTATIONS } from '../../../shared/mutations/definitions';
import { correctionsFixture, served, type CorrectionsFixture } from '../../../tests/helpers/corrections';
import { MUTATORS } from './index';

let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const run = (name: MutationName, args: unknown, by = fx.director) =>
  fx.core.services.mutations.run(name, args, by);
const list = (voided: 'exclude' | 'include' | 'only', query?: string) =>
  fx.core.services.cases
    .list({
      ...(query === undefined ? {} : { query }),
      voided,
      sort: 'receivedDate',
      dir: 'desc',
      offset: 0,
      limit: 50,
    })
    .rows.map((r) => r.id);

describe('case.void and case.restore', () => {
  it('hides a voided case from list, search, 期限待办 and workload; the filter shows it; restore brings it back', () => {
    const arb = fx.staff('甲仲裁员', ['arbitrator']);
    const arb2 = fx.staff('乙仲裁员', ['arbitrator']);
    const keep = fx.register({ receivedDate: '2026-11-20' });
    const wrong = fx.register({ receivedDate: '2026-11-20' });
    fx.step(wrong, 'arb.accept', '2026-11-23', { simple: false });
    fx.assignA(wrong, arb, arb2);
    const load = () => fx.core.services.assignment.workload().rows.find((w) => w.staffId === arb.id);
    expect(load()?.openCount).toBe(1);
    const deadlineCases = () =>
      new Set(fx.core.services.deadlines.list('open', { kind: 'all' }).map((d) => d.caseId));
    expect(deadlineCases().has(wrong)).toBe(true);

    const v = run('case.void', { caseId: wrong, grounds: 'duplicate', reason: '重复登记' });
    expect(v.ok).toBe(true);
    expect(list('exclude')).toEqual([keep]);
    expect(list('exclude', '张三')).toEqual([keep]);
    expect(list('only')).toEqual([wrong]);
    expect(list('include').sort()).toEqual([keep, wrong].sort());
    expect(deadlineCases().has(wrong)).toBe(false);
    expect(load()?.openCount ?? 0).toBe(0);
    expect(fx.core.services.setup.status().caseCount).toBe(1);
    const d = fx.core.services.cases.get(wrong);
    expect(d.ok && d.value.voided).toMatchObject({ reason: '重复登记', byName: '管理员' });
    const timeline = fx.core.services.cases.timeline(wrong);
    expect(timeline.ok && timeline.value.at(-1)).toMatchObject({
      type: 'case.voided',
      payload: { reason: '重复登记' },
    });

    expect(run('case.restore', { caseId: wrong, reason: '误作废' }).ok).toBe(true);
    expect(list('exclude').sort()).toEqual([keep, wrong].sort());
    expect(deadlineCases().has(wrong)).toBe(true);
    expect(load()?.openCount).toBe(1);
    expect(run('case.restore', { caseId: wrong, reason: '再次恢复' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '案件未作废，无需恢复' },
    });
  });

  it('a voided case refuses every other mutation — before any other check — and only restore passes', () => {
    const mediation = fx.register({ kind: 'mediation', receivedDate: '2026-11-02' });
    fx.step(mediation, 'med.accept', '2026-11-03');
    fx.step(mediation, 'med.failed', '2026-11-10', { reasons: '双方意见分歧' });
    const arb = fx.register({ receivedDate: '2026-11-02' });
    const served1 = fx.step(arb, 'arb.accept', '2026-11-03', { simple: false });
    const a = fx.staff('甲仲裁员', ['arbitrator']);
    const b = fx.staff('乙仲裁员', ['arbitrator']);
    for (const id of [mediation, arb])
      expect(run('case.void', { caseId: id, grounds: 'mistake', reason: '登记错误' }).ok).toBe(true);
    const before = fx.outboxCount();
    const attempts: [MutationName, unknown][] = [
      [
        'case.performAction',
        {
          caseId: arb,
          action: 'service.record',
          occurredOn: '2026-11-05',
          payload: served('application_copy', '2026-11-05'),
        },
      ],
      ['case.transferToArbitration', { mediationCaseId: mediation, receivedDate: '2026-11-11' }],
      [
        'elements.saveSheet',
        { caseId: arb, templateId: 'wage_arrears', templateVersion: 1, side: 'applicant', data: {} },
      ],
      [
        'documents.record',
        {
          caseId: arb,
          templateId: 'acceptance_notice',
          options: '{}',
          title: '受理通知书',
          dataHash: 'a'.repeat(64),
          blobSha256: 'b'.repeat(64),
          fileName: 'x.docx',
          size: 1,
        },
      ],
      ['case.assign', { caseId: arb, a: a.id, b: b.id, kind: 'override', reason: '指定' }],
      [
        'case.correct',
        {
          caseId: arb,
          reason: '更正',
          facts: {
            officeId: fx.officeId,
            receivedDate: '2026-11-02',
            reasons: ['overtime'],
            isCollective: false,
            isMigrantWage: false,
            parties: [
              { kind: 'worker', role: 'applicant', name: '张三' },
              { kind: 'employer', role: 'respondent', name: '某公司' },
            ],
            claims: [],
          },
        },
      ],
      ['case.void', { caseId: arb, grounds: 'other', reason: '再作废' }],
      ['case.voidEvent', { caseId: arb, eventId: served1, reason: '误录' }],
    ];
    for (const [name, args] of attempts) {
      const r = run(name, args);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!r.ok)
        expect(r.error.message, name).toBe(
          '案件已作废（登记错误），不能再办理；如属误作废，请主任先恢复案件',
        );
    }
    expect(fx.outboxCount()).toBe(before);
    const view = fx.core.services.procedure.view(arb, fx.directorSession);
    expect(view.ok && view.value.available).toEqual([]);
    expect(run('case.restore', { caseId: arb, reason: '误作废' }).ok).toBe(true);
  });

  it('every mutation whose args name a case declares it, so the voided-case guard cannot be forgotten', () => {
    const caseKeys = ['caseId', 'mediationCaseId', 'assignmentId'];
    for (const [name, def] of Object.entries(MUTATIONS)) {
      const shape = def.args as unknown as {
        shape?: Record<string, unknown>;
        _def?: { schema?: { shape?: Record<string, unknown> } };
      };
      const keys = Object.keys(shape.shape ?? shape._def?.schema?.shape ?? {});
      // A split mutation declares it on its shared planner (both ends apply the guard from there).
      const impl = MUTATORS[name as MutationName] as { caseOf?: unknown; planner?: { caseOf?: unknown } };
      if (keys.some((k) => caseKeys.includes(k)))
        expect(impl.caseOf ?? impl.planner?.caseOf, name).toBeTypeOf('function');
    }
  });
});
