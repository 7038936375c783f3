import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationName } from '../../../../shared/mutations/definitions';
import type { RowChange } from '../../../../shared/sync/changes';
import type { MutationResult } from '../../mutations';
import type { SyncEntity } from '../../../../shared/sync/entities';
import { aCase } from '../../../../tests/helpers/builders';
import { correctionsFixture, TODAY, type CorrectionsFixture } from '../../../../tests/helpers/corrections';
import { aBlob, idNumber, lastChanges } from '../../../../tests/helpers/sync-rows';

let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const repos = () => fx.core.services.repos;
const run = <N extends MutationName>(name: N, args: unknown): MutationResult<N> => {
  const r = fx.core.services.mutations.run(name, args, fx.director);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
};
const changeOf = (changes: RowChange[], entity: SyncEntity, id: string) =>
  changes.find((c) => c.entity === entity && c.id === id);
const shadowOf = (entity: SyncEntity, id: string) =>
  fx.core.db
    .prepare('SELECT data, row_seq AS rowSeq FROM shadow WHERE entity = ? AND id = ?')
    .get(entity, id) as { data: string | null; rowSeq: number | null } | undefined;

/** As if the server had confirmed the row: its row seq and field seqs written the way a pull writes them. */
function markSynced(entity: SyncEntity, id: string, rowSeq: number, fieldSeqs: Record<string, number> = {}) {
  const row = repos().rowWriter.readEntityRow(entity, id);
  if (!row) throw new Error(`${entity} ${id} missing`);
  repos().rowWriter.writePulledRow(entity, row, { rowSeq, fieldSeqs, deleted: null });
}
/** After a sync the shadow images are released; a new local write starts them again. */
const releaseShadow = () => fx.core.db.prepare('DELETE FROM shadow').run();

describe('the write path captures the rows a mutation changed', () => {
  it('case.register: every new row, created, no bases, in write order, with its shadow marker', () => {
    const id = fx.register();
    const changes = lastChanges(fx);
    expect(changes.map((c) => c.entity)).toEqual(['case', 'party', 'party', 'claim', 'event']);
    for (const c of changes) {
      expect(c).toMatchObject({ op: 'upsert', created: true, bases: {} });
      expect(c.row).toEqual(repos().rowWriter.readEntityRow(c.entity, c.id));
      // A row that did not exist has a shadow with no image: a rebase removes it.
      expect(shadowOf(c.entity, c.id)).toEqual({ data: null, rowSeq: null });
    }
    expect(changes[0]?.row).toMatchObject({
      id,
      status: 'received',
      reasons: ['overtime'],
      isCollective: false,
    });
    // The legacy flat bases say "created" once per row.
    const bases = JSON.parse(repos().outbox.list().at(-1)?.bases ?? '[]') as { field: string }[];
    expect(bases).toHaveLength(5);
    expect(bases.every((b) => b.field === '*')).toBe(true);
  });

  it("case.correct of a party's ID number: only that field, based on its field seq; the old image in shadow", () => {
    const caseId = fx.register();
    const parties = repos().parties.listByCase(caseId);
    const applicant = parties.find((p) => p.role === 'applicant');
    if (!applicant) throw new Error('no applicant');
    for (const p of parties) markSynced('party', p.id, 40, { idNumber: 31, name: 32 });
    markSynced('case', caseId, 50, {});
    releaseShadow();

    const d = fx.core.services.cases.get(caseId);
    if (!d.ok) throw new Error(d.error.message);
    const facts = {
      officeId: fx.officeId,
      receivedDate: '2026-11-20',
      reasons: ['overtime'],
      isCollective: false,
      isMigrantWage: false,
      summary: d.value.summary ?? undefined,
      parties: aCase(fx.officeId).parties.map((p, i) => ({
        ...p,
        id: parties[i]?.id,
        ...(i === 0 ? { idNumber: idNumber(7) } : {}),
      })),
      claims: d.value.claims.map((c) => ({
        id: c.id,
        type: 'overtime' as const,
        description: c.description ?? undefined,
        amountFen: c.amountFen ?? undefined,
      })),
    };
    run('case.correct', { caseId, facts, reason: '身份证号录入错误' });
    const changes = lastChanges(fx);
    expect(repos().rowWriter.readEntityRow('party', applicant.id)?.idNumber).toBe(idNumber(7));

    expect(changeOf(changes, 'party', applicant.id)).toEqual({
      entity: 'party',
      id: applicant.id,
      op: 'upsert',
      created: false,
      row: repos().rowWriter.readEntityRow('party', applicant.id),
      // Sex and birth date follow the ID number (partyRecord derives them); they had no seq of their own.
      bases: { idNumber: 31, sex: 40, birthDate: 40 },
    });
    // The respondent was rewritten with the same values: no change to send.
    expect(changes.filter((c) => c.entity === 'party')).toHaveLength(1);
    expect(changes.filter((c) => c.entity === 'claim')).toHaveLength(0);
    const event = changes.find((c) => c.entity === 'event');
    expect(event).toMatchObject({ created: true, row: { type: 'case.corrected', occurredOn: TODAY } });
    // The case row's fields without a seq of their own are based on the row seq.
    for (const base of Object.values(changeOf(changes, 'case', caseId)?.bases ?? {})) expect(base).toBe(50);

    const shadow = shadowOf('party', applicant.id);
    expect(shadow?.rowSeq).toBe(40);
    expect(JSON.parse(shadow?.data ?? '{}')).toMatchObject({ id_number: '11010519491231002X', row_seq: 40 });
  });

  it('case.correct that leaves a party out: a delete with the tombstone, no field changed', () => {
    const caseId = fx.register({
      parties: [...aCase(fx.officeId).parties, { kind: 'worker', role: 'applicant', name: '李四' }],
    });
    const parties = repos().parties.listByCase(caseId);
    const li = parties.find((p) => p.name === '李四');
    const d = fx.core.services.cases.get(caseId);
    if (!d.ok || !li) throw new Error('setup');
    run('case.correct', {
      caseId,
      reason: '李四不是本案当事人',
      facts: {
        officeId: fx.officeId,
        receivedDate: '2026-11-20',
        reasons: ['overtime'],
        isCollective: false,
        isMigrantWage: false,
        summary: d.value.summary ?? undefined,
        parties: aCase(fx.officeId).parties.map((p, i) => ({ ...p, id: parties[i]?.id })),
        claims: d.value.claims.map((c) => ({
          id: c.id,
          type: 'overtime' as const,
          amountFen: c.amountFen ?? undefined,
        })),
      },
    });
    expect(changeOf(lastChanges(fx), 'party', li.id)).toMatchObject({
      op: 'delete',
      created: false,
      bases: {},
      row: { name: '李四' },
      deleted: { by: fx.director.id, reason: '李四不是本案当事人' },
    });
  });

  it('case.performAction: the projected case fields, each based on its own seq or the row seq', () => {
    const caseId = fx.register();
    markSynced('case', caseId, 60, { status: 58 });
    releaseShadow();
    const r = run('case.performAction', {
      caseId,
      action: 'arb.accept',
      occurredOn: '2026-11-22',
      payload: { simple: false },
    });
    const changes = lastChanges(fx);
    const c = changeOf(changes, 'case', caseId);
    expect(c?.created).toBe(false);
    expect(c?.bases).toMatchObject({ status: 58, acceptedDate: 60 });
    expect(c?.row).toMatchObject({ status: 'accepted', acceptedDate: '2026-11-22' });
    expect(changeOf(changes, 'event', r.eventId)).toMatchObject({
      created: true,
      row: { type: 'arb.accept' },
    });
    expect(JSON.parse(shadowOf('case', caseId)?.data ?? '{}')).toMatchObject({ status: 'received' });
  });

  it('documents.record: the new document row, its blob a dependency of the entry', () => {
    const caseId = fx.register();
    const sha = aBlob(fx);
    const r = run('documents.record', {
      caseId,
      templateId: 'acceptance_notice',
      options: '{}',
      title: '受理通知书',
      dataHash: 'a'.repeat(64),
      blobSha256: sha,
      fileName: 'x.docx',
      size: 10,
    });
    expect(lastChanges(fx)).toEqual([
      {
        entity: 'document',
        id: r.id,
        op: 'upsert',
        created: true,
        bases: {},
        row: expect.objectContaining({ caseId, version: 1, blobSha256: sha, docDate: TODAY }) as unknown,
      },
    ]);
    expect(JSON.parse(repos().outbox.list().at(-1)?.blobDeps ?? '[]')).toEqual([sha]);
  });

  it('staff.create: the staff row with booleans and JSON decoded', () => {
    const a = fx.staff('王五', ['clerk']);
    expect(lastChanges(fx)).toEqual([
      {
        entity: 'staff',
        id: a.id,
        op: 'upsert',
        created: true,
        bases: {},
        row: expect.objectContaining({ name: '王五', roles: ['clerk'], active: true }) as unknown,
      },
    ]);
  });

  it('settings.set: created once, then an update of the value based on its field seq', () => {
    run('settings.set', { key: 'claim.synonyms', value: { overtime: ['加点'] } });
    expect(lastChanges(fx)).toMatchObject([{ entity: 'setting', id: 'claim.synonyms', created: true }]);
    markSynced('setting', 'claim.synonyms', 9, { value: 8 });
    run('settings.set', { key: 'claim.synonyms', value: { overtime: ['熬夜'] } });
    const [c] = lastChanges(fx);
    expect(c).toMatchObject({ created: false, op: 'upsert', row: { value: { overtime: ['熬夜'] } } });
    expect(c?.bases['value']).toBe(8);
    expect(Object.keys(c?.bases ?? {}).every((f) => ['value', 'updatedAt', 'updatedBy'].includes(f))).toBe(
      true,
    );
  });

  it('a mutation that changes nothing synced records no change, and a refused one leaves no capture behind', () => {
    const caseId = fx.register();
    const before = repos().outbox.list().length;
    const r = fx.core.services.mutations.run(
      'case.performAction',
      { caseId, action: 'nope', occurredOn: TODAY, payload: {} },
      fx.director,
    );
    expect(r.ok).toBe(false);
    expect(repos().outbox.list()).toHaveLength(before);
    repos().changeCapture.begin();
    expect(repos().changeCapture.collect()).toEqual([]);
  });
});
