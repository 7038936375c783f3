import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionsFixture, type CorrectionsFixture } from '../../../tests/helpers/corrections';
import { aBlob, CONFLICT_ID, pullConflict } from '../../../tests/helpers/sync-rows';

/**
 * 处理同步冲突 through the real core (issue 12 item 1): the conflict record arrives as a pull brings it; each
 * rule of the resolution is tried by breaking it — who may resolve, what may be merged, resolving twice — and
 * an open conflict holds back closing the case.
 */
let fx: CorrectionsFixture;
let caseId: string;
beforeEach(() => {
  fx = correctionsFixture();
  caseId = fx.register();
});
afterEach(() => fx.core.dispose());

const resolve = (input: Record<string, unknown>, by = fx.director) =>
  fx.core.services.conflicts.resolve(
    { conflictId: CONFLICT_ID, reason: '核对原件', choice: 'other', ...input } as never,
    by,
  );
const applicant = () => fx.core.services.repos.rowReader.list('party', { caseId })[0];
const conflict = () => fx.core.services.repos.rowReader.get('conflict', CONFLICT_ID);

describe('conflict.resolve', () => {
  it('writes the chosen value, closes the conflict with who and why, and records it in the timeline', () => {
    pullConflict(fx, caseId);
    const r = resolve({});
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(applicant()?.phone).toBe('13900000000');
    expect(conflict()).toMatchObject({
      resolvedBy: fx.director.id,
      resolution: 'other',
      resolveReason: '核对原件',
    });
    const timeline = fx.core.services.cases.timeline(caseId);
    if (!timeline.ok) throw new Error(timeline.error.message);
    const e = timeline.value.find((x) => x.type === 'case.conflictResolved');
    expect(e?.payload).toMatchObject({
      reason: '核对原件',
      changes: [{ label: '联系电话', before: '—', after: '13900000000' }],
    });
    expect(fx.core.services.conflicts.list({ caseId })).toEqual([]);
  });

  it('is the director’s: a clerk is refused and nothing changes', () => {
    pullConflict(fx, caseId);
    const r = resolve({}, fx.staff('书记员', ['clerk', 'arbitrator']));
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    expect(conflict()?.resolvedAt).toBeNull();
  });

  it('refuses a second resolution, naming who resolved it first', () => {
    pullConflict(fx, caseId);
    expect(resolve({}).ok).toBe(true);
    const again = resolve({ choice: 'kept' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/^该冲突已由.+于\d{4}-\d\d-\d\d \d\d:\d\d处理$/);
    expect(applicant()?.phone).toBe('13900000000');
  });

  it('merges only narrative text: a legal fact is one side or the other', () => {
    pullConflict(fx, caseId);
    const r = resolve({ choice: 'merged', merged: { phone: '139' } });
    expect(r.ok ? null : r.error.message).toBe('“联系电话”不能合并，只能选择其中一方的内容');
    expect(conflict()?.resolvedAt).toBeNull();
  });

  it('takes a merged 事实与理由 as the director wrote it', () => {
    pullConflict(fx, caseId, CONFLICT_ID, {
      rowEntity: 'case',
      rowId: caseId,
      fields: [{ field: 'summary', kept: '甲方说法', other: '乙方说法' }],
    });
    const r = resolve({ choice: 'merged', merged: { summary: '  甲方说法；乙方说法  ' } });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(fx.core.services.repos.cases.get(caseId)?.summary).toBe('甲方说法；乙方说法');
  });

  it('holds back closing the case while a conflict is open, and allows it once resolved', () => {
    pullConflict(fx, caseId);
    const close = () =>
      fx.core.services.mutations.run(
        'case.performAction',
        {
          caseId,
          action: 'arb.notAccepted',
          occurredOn: '2026-11-24',
          payload: { reasons: '不属于受案范围' },
        },
        fx.director,
      );
    const refused = close();
    expect(refused.ok ? null : refused.error.message).toContain(
      '本案有 1 处同步冲突尚未处理（当事人·联系电话）',
    );
    expect(resolve({}).ok).toBe(true);
    expect(close().ok).toBe(true);
  });

  it('holds back issuing a document while a conflict is open, writing nothing, and allows it once resolved', () => {
    pullConflict(fx, caseId);
    const issue = () =>
      fx.core.services.mutations.run(
        'documents.record',
        {
          caseId,
          templateId: 'acceptance_notice',
          options: '{}',
          title: '受理通知书',
          dataHash: 'a'.repeat(64),
          blobSha256: aBlob(fx),
          fileName: '受理通知书.docx',
          size: 10,
        },
        fx.director,
      );
    const outbox = fx.outboxCount();
    const refused = issue();
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? null : refused.error.message).toContain('须由主任在“冲突处理”中处理后才能出具文书');
    expect(fx.core.services.repos.rowReader.list('document', { caseId })).toEqual([]);
    expect(fx.outboxCount()).toBe(outbox);
    expect(resolve({}).ok).toBe(true);
    expect(issue().ok).toBe(true);
  });

  it('refuses resolving a conflict of a voided case (its caseOf names the case), and nothing changes', () => {
    pullConflict(fx, caseId);
    const voided = fx.core.services.mutations.run(
      'case.void',
      { caseId, grounds: 'mistake', reason: '登记错误' },
      fx.director,
    );
    expect(voided.ok).toBe(true);
    const outbox = fx.outboxCount();
    const r = resolve({});
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(r.ok ? null : r.error.message).toContain('案件已作废');
    expect(conflict()?.resolvedAt).toBeNull();
    expect(applicant()?.phone).not.toBe('13900000000');
    expect(fx.outboxCount()).toBe(outbox);
  });

  it('refuses resolving a conflict whose row is gone, and leaves the conflict open', () => {
    pullConflict(fx, caseId, CONFLICT_ID, {
      rowEntity: 'party',
      rowId: '01a24bf5-d069-7320-aab8-6db50aeef1ba',
      fields: [{ field: 'phone', kept: null, other: '13900000000' }],
    });
    const outbox = fx.outboxCount();
    const r = resolve({});
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '冲突所涉的记录已被作废，无法按所选内容处理' },
    });
    expect(conflict()?.resolvedAt).toBeNull();
    expect(fx.outboxCount()).toBe(outbox);
  });
});
