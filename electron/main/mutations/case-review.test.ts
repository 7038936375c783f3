import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../../../tests/helpers/builders';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { reviewPassedOf } from '../../../shared/review/review-override';
import type { Actor } from './types';

// 案件评查 through the real core (SQLite file, the mutation runner, the shared planners): 归档 is held while an
// item fails, only a director may let it through, and then it is archived with the review recorded.
let core: TestCore;
let director: Actor;
let arbitrator: Actor;
let clerk: Actor;

const staff = (name: string, username: string, role: 'arbitrator' | 'clerk'): Actor => {
  const r = core.services.staff.create(
    { officeId: director.officeId as string, name, username, password: 'password-123', roles: [role] },
    director,
  );
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.id, roles: [role], officeId: director.officeId };
};

beforeEach(() => {
  core = createTestCore({ now: () => Date.parse('2026-09-30T02:00:00Z') });
  director = initialize(core);
  arbitrator = staff('甲仲裁员', 'arb1', 'arbitrator');
  clerk = staff('乙书记员', 'clerk1', 'clerk');
});
afterEach(() => core.dispose());

const run = (name: Parameters<TestCore['services']['mutations']['run']>[0], args: unknown, who: Actor) =>
  core.services.mutations.run(name, args, who);
const must = (r: { ok: boolean; error?: { message: string } }) => {
  if (!r.ok) throw new Error(r.error?.message);
};
const act = (
  caseId: string,
  action: string,
  occurredOn: string,
  payload: Record<string, unknown>,
  who: Actor,
) => run('case.performAction', { caseId, action, occurredOn, payload }, who);

const serve = (caseId: string, document: string, to: 'applicant' | 'respondent', proof: boolean) =>
  must(
    act(
      caseId,
      'service.record',
      '2026-09-05',
      {
        document,
        addressee: to === 'applicant' ? '张三' : '福州市某某科技有限公司',
        addresseeRole: to,
        method: 'direct',
        sentOn: '2026-09-05',
        servedOn: '2026-09-05',
        serverId: clerk.id,
        ...(proof ? { evidence: '送达回证（已签收）' } : {}),
      },
      clerk,
    ),
  );

/** An arbitration case withdrawn two days after acceptance, whose 决定书 to the respondent has no 送达回证. */
function withdrawnCase(): string {
  const reg = run(
    'case.register',
    aCase(director.officeId as string, { receivedDate: '2026-09-01' }),
    director,
  );
  if (!reg.ok) throw new Error(reg.error.message);
  const id = (reg.value as { id: string }).id;
  must(act(id, 'arb.accept', '2026-09-02', { simple: false }, arbitrator)); // the arbitrator becomes A角
  must(run('case.assignClerk', { caseId: id, clerkId: clerk.id }, director));
  must(act(id, 'arb.withdrawn', '2026-09-04', { reasons: '申请人与被申请人已自行和解' }, arbitrator));
  const blobs = core.blobs;
  for (const [templateId, title] of [
    ['acceptance_notice', '受理通知书'],
    ['respondent_notice', '应诉通知书'],
    ['decision', '决定书'],
  ] as const)
    must(
      run(
        'documents.record',
        {
          caseId: id,
          templateId,
          options: '{}',
          title,
          dataHash: 'a'.repeat(64),
          blobSha256: blobs.put(Buffer.from(title)).sha256,
          fileName: `${templateId}.docx`,
          size: 10,
        },
        clerk,
      ),
    );
  serve(id, 'acceptance_notice', 'applicant', true);
  serve(id, 'application_copy', 'respondent', true);
  serve(id, 'decision', 'applicant', true);
  serve(id, 'decision', 'respondent', false);
  return id;
}

const archive = (caseId: string, who: Actor) =>
  act(caseId, 'case.archived', '2026-09-20', { volumeNo: 'J-1' }, who);
const override = (caseId: string, who: Actor) =>
  run(
    'case.reviewOverride',
    {
      caseId,
      items: ['service'],
      reason: '被申请人拒收，已留置送达并录像，回证另卷保存',
      occurredOn: '2026-09-20',
    },
    who,
  );

describe('案件评查 before 归档', () => {
  it('holds the archive while the 送达回证 is missing, naming the item', () => {
    const id = withdrawnCase();
    const r = archive(id, clerk);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (r.ok) return;
    expect(r.error.message).toContain('案件评查未通过，不能归档');
    expect(r.error.message).toContain('《决定书》向被申请人送达未附送达回证');
    expect(r.error.details).toEqual({
      reviewBlocking: [expect.objectContaining({ id: 'service' })],
    });
    expect(core.services.repos.cases.get(id)?.status).toBe('closed');
  });

  it("refuses a non-director's override and archives after a director's, recording the review", () => {
    const id = withdrawnCase();
    expect(override(id, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(override(id, arbitrator)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(archive(id, clerk).ok).toBe(false);
    must(override(id, director));
    expect(archive(id, clerk)).toMatchObject({ ok: true, value: { status: 'archived' } });
    const events = core.services.repos.events.listForFold(id);
    const archived = events.find((e) => e.type === 'case.archived');
    expect(archived?.payload).toMatchObject({
      review: { passed: false, failed: ['service'], overridden: ['service'] },
    });
    expect(reviewPassedOf(events)).toBe(false);
  });

  it('refuses to let through an item that passes', () => {
    const id = withdrawnCase();
    const r = run(
      'case.reviewOverride',
      { caseId: id, items: ['documents'], reason: '无', occurredOn: '2026-09-20' },
      director,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a director’s override dated after today, writing nothing', () => {
    const id = withdrawnCase();
    const before = core.services.repos.events.listForFold(id).length;
    const outbox = core.services.repos.outbox.list().length;
    const r = run(
      'case.reviewOverride',
      { caseId: id, items: ['service'], reason: '回证另卷保存', occurredOn: '2026-10-01' },
      director,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!r.ok && r.error.message).toContain('批准日期');
    expect(core.services.repos.events.listForFold(id).length).toBe(before);
    expect(core.services.repos.outbox.list().length).toBe(outbox);
  });

  it('archives a complete file without any override, as 评查合格', () => {
    const id = withdrawnCase();
    serve(id, 'decision', 'respondent', true);
    expect(archive(id, clerk)).toMatchObject({ ok: true, value: { status: 'archived' } });
    expect(reviewPassedOf(core.services.repos.events.listForFold(id))).toBe(true);
  });

  it('feeds 评查合格率: a case let through by the director counts as reviewed, not as passed', () => {
    const overridden = withdrawnCase();
    must(override(overridden, director));
    must(archive(overridden, clerk));
    const complete = withdrawnCase();
    serve(complete, 'decision', 'respondent', true);
    must(archive(complete, clerk));
    const user = core.services.auth.currentUser(director.id);
    if (user === null) throw new Error('director not found');
    const stats = core.services.stats.view({ from: '2026-01-01', to: '2026-12-31' }, user);
    if (!stats.ok) throw new Error(stats.error.message);
    const rate = stats.value.figures.rates.reviewPass;
    expect([...rate.denominator.caseIds].sort()).toEqual([overridden, complete].sort());
    expect(rate.numerator.caseIds).toEqual([complete]);
    expect(rate.value).toBe(0.5);
  });
});
