import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityRow } from '../../../shared/sync/entities';
import { correctionsFixture, type CorrectionsFixture } from '../../../tests/helpers/corrections';

/** Rows written by the pull bypass the mutations; refreshDerived brings search, 案由 index and deadlines along. */
let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const pulled = { rowSeq: 3, fieldSeqs: {}, deleted: null };
const total = (q: { query?: string; reason?: 'wage_arrears' }) =>
  fx.core.services.cases.list({
    ...q,
    voided: 'exclude',
    sort: 'receivedDate',
    dir: 'desc',
    offset: 0,
    limit: 50,
  }).total;

describe('refreshDerived', () => {
  it('rebuilds search text, 案由 index and deadlines from pulled rows', () => {
    const { repos, derived, deadlines } = fx.core.services;
    const w = repos.rowWriter;
    const caseId = fx.register();
    // Another case accepted locally shows what an accepted case's rows look like.
    const model = fx.register();
    const acceptId = fx.step(model, 'arb.accept', '2026-11-22', { simple: false });

    const applicant = repos.parties.listByCase(caseId).find((p) => p.role === 'applicant');
    const party = w.readEntityRow('party', applicant?.id ?? '') as EntityRow<'party'>;
    const row = w.readEntityRow('case', caseId) as EntityRow<'case'>;
    const accepted = w.readEntityRow('case', model) as EntityRow<'case'>;
    const event = w.readEntityRow('event', acceptId) as EntityRow<'event'>;
    const before = repos.deadlines.listByCase(caseId);

    fx.core.db.transaction(() => {
      w.writePulledRow('party', { ...party, name: '欧阳修' }, pulled);
      w.writePulledRow(
        'case',
        { ...row, reasons: ['wage_arrears'], status: accepted.status, acceptedDate: accepted.acceptedDate },
        pulled,
      );
      w.writePulledRow('event', { ...event, id: `${acceptId}-pulled`, caseId }, pulled);
    })();
    expect(total({ query: '欧阳修' })).toBe(0);
    expect(total({ reason: 'wage_arrears' })).toBe(0);

    fx.core.db.transaction(() => derived.refreshDerived([caseId]))();
    expect(total({ query: '欧阳修' })).toBe(1);
    expect(total({ reason: 'wage_arrears' })).toBe(1);
    const after = repos.deadlines.listByCase(caseId);
    expect(after).not.toEqual(before);
    expect(after).toEqual(deadlines.computeFor(caseId));
  });
});
