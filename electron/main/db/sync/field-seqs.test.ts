import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITY_SPECS } from '../../../../shared/sync/entities';
import { correctionsFixture, type CorrectionsFixture } from '../../../../tests/helpers/corrections';
import { lastChanges } from '../../../../tests/helpers/sync-rows';
import { encodeFieldSeqs, fieldSeqsOf } from './field-seqs';

let fx: CorrectionsFixture;
beforeEach(() => {
  fx = correctionsFixture();
});
afterEach(() => fx.core.dispose());

const CASE_FIELDS = Object.keys(ENTITY_SPECS.case.fields);
/** What the server sends for a case it created at seq 6 and whose status and summary changed since. */
const serverSeqs = (): Record<string, number> => ({
  ...Object.fromEntries(CASE_FIELDS.map((f) => [f, 6])),
  status: 18,
  summary: 20,
});
const storedSeqs = (caseId: string): string =>
  (fx.core.db.prepare('SELECT field_seqs AS s FROM cases WHERE id = ?').get(caseId) as { s: string }).s;

function pull(caseId: string, rowSeq: number, fieldSeqs: Record<string, number>): void {
  const row = fx.core.services.repos.rowWriter.readEntityRow('case', caseId);
  if (!row) throw new Error('case missing');
  fx.core.services.repos.rowWriter.writePulledRow('case', row, { rowSeq, fieldSeqs, deleted: null });
  fx.core.db.prepare('DELETE FROM shadow').run();
}

function assignClerk(caseId: string): void {
  const clerk = fx.staff('书记员甲', ['clerk']);
  const r = fx.core.services.mutations.run('case.assignClerk', { caseId, clerkId: clerk.id }, fx.director);
  if (!r.ok) throw new Error(r.error.message);
}

/** Issue 12 item 5: field_seqs are stored compactly, and read back as exactly the map the server sent. */
describe('field_seqs on disk', () => {
  it('a full map is stored as one shared seq plus the exceptions, several times smaller', () => {
    const seqs = { ...serverSeqs(), fieldOfANewerServer: 6 };
    const text = encodeFieldSeqs('case', seqs, 20);
    expect(JSON.parse(text)).toEqual({ '*': 6, status: 18, summary: 20, fieldOfANewerServer: 6 });
    expect(text.length * 4).toBeLessThan(JSON.stringify(seqs).length);
    expect(fieldSeqsOf('case', { field_seqs: text })).toEqual(seqs);
  });

  it('a map lacking a field stays plain, so that field still has no seq of its own', () => {
    const seqs = serverSeqs();
    delete seqs['clerkId'];
    const text = encodeFieldSeqs('case', seqs, 20);
    expect(text).toBe(JSON.stringify(seqs));
    expect(fieldSeqsOf('case', { field_seqs: text })).not.toHaveProperty('clerkId');
  });

  it('a local edit after a pull bases each field on the seq the server gave it', () => {
    const caseId = fx.register();
    pull(caseId, 20, serverSeqs());
    expect(JSON.parse(storedSeqs(caseId))).toMatchObject({ '*': 6, summary: 20 });
    assignClerk(caseId);
    const c = lastChanges(fx).find((x) => x.entity === 'case' && x.id === caseId);
    expect(c?.bases).toMatchObject({ clerkId: 6 });
  });

  it('every field at the row seq is stored as one character and read back from row_seq', () => {
    const all6 = Object.fromEntries(CASE_FIELDS.map((f) => [f, 6]));
    expect(encodeFieldSeqs('case', all6, 6)).toBe('*');
    expect(fieldSeqsOf('case', { field_seqs: '*', row_seq: 6 })).toEqual(all6);
    // The same map under another row seq keeps its number: '*' alone would read back as 7.
    expect(JSON.parse(encodeFieldSeqs('case', all6, 7))).toEqual({ '*': 6 });
    expect(() => fieldSeqsOf('case', { field_seqs: '*', row_seq: null })).toThrow(/row_seq/);
  });

  it('a pulled row no one edited since keeps "*", and a local edit bases its fields on that row seq', () => {
    const caseId = fx.register();
    pull(caseId, 9, Object.fromEntries(CASE_FIELDS.map((f) => [f, 9])));
    expect(storedSeqs(caseId)).toBe('*');
    assignClerk(caseId);
    const c = lastChanges(fx).find((x) => x.entity === 'case' && x.id === caseId);
    expect(c?.bases).toMatchObject({ clerkId: 9 });
  });

  it('without the seq a partial map lacks, the base falls back to the row seq', () => {
    const caseId = fx.register();
    const seqs = serverSeqs();
    delete seqs['clerkId'];
    pull(caseId, 20, seqs);
    assignClerk(caseId);
    const c = lastChanges(fx).find((x) => x.entity === 'case' && x.id === caseId);
    expect(c?.bases).toMatchObject({ clerkId: 20 });
  });
});
