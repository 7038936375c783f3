import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFactsInput } from '../../../../shared/domain/case/case.schema';
import type { RowChange } from '../../../../shared/sync/changes';
import { ENTITY_SPECS } from '../../../../shared/sync/entities';
import { correctionsFixture, type CorrectionsFixture } from '../../../../tests/helpers/corrections';
import { allRowIds, idNumber, lastChanges } from '../../../../tests/helpers/sync-rows';

/**
 * The capture is complete and exact: for random sequences of 更正, applying each mutation's captured changes to
 * a copy of the rows as they were before it (created rows whole, existing rows only in their changed fields,
 * tombstones as sent) gives the rows as they are after it — no changed field, no touched row is missed, and
 * nothing is sent that did not change.
 */
type Image = { row: Record<string, unknown>; deleted: unknown };
type Step =
  | { kind: 'summary'; text: string }
  | { kind: 'rename'; i: number; name: string }
  | { kind: 'idNumber'; seq: number }
  | { kind: 'amount'; fen: number }
  | { kind: 'addClaim'; fen: number }
  | { kind: 'dropClaim' }
  | { kind: 'addParty'; name: string }
  | { kind: 'dropParty' };

const NAMES = ['张三', '张山', '李四', '王五', '赵六'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('summary' as const),
    text: fc.constantFrom('加班费', '未签合同', '拖欠工资'),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    i: fc.constantFrom(0, 1),
    name: fc.constantFrom(...NAMES),
  }),
  fc.record({ kind: fc.constant('idNumber' as const), seq: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('amount' as const), fen: fc.integer({ min: 0, max: 10_000_000 }) }),
  fc.record({ kind: fc.constant('addClaim' as const), fen: fc.integer({ min: 0, max: 10_000_000 }) }),
  fc.constant({ kind: 'dropClaim' as const }),
  fc.record({ kind: fc.constant('addParty' as const), name: fc.constantFrom(...NAMES) }),
  fc.constant({ kind: 'dropParty' as const }),
);

let fx: CorrectionsFixture;
beforeAll(() => {
  fx = correctionsFixture();
});
afterAll(() => fx.core.dispose());

function snapshot(): Map<string, Image> {
  const out = new Map<string, Image>();
  for (const { entity, id } of allRowIds(fx.core.db)) {
    const row = fx.core.services.repos.rowWriter.readEntityRow(entity, id);
    const t = fx.core.db
      .prepare(
        `SELECT deleted_at AS at, deleted_by AS by, delete_reason AS reason FROM ${ENTITY_SPECS[entity].table} WHERE id = ?`,
      )
      .get(id) as { at: string | null; by: string | null; reason: string | null };
    out.set(`${entity}:${id}`, { row: row as Record<string, unknown>, deleted: t.at === null ? null : t });
  }
  return out;
}

function applyChanges(images: Map<string, Image>, changes: readonly RowChange[]): Map<string, Image> {
  const out = new Map(images);
  for (const c of changes) {
    const key = `${c.entity}:${c.id}`;
    if (c.row === null) {
      out.delete(key);
      continue;
    }
    const row = c.created ? { ...c.row } : { ...out.get(key)?.row };
    if (!c.created) for (const f of Object.keys(c.bases)) row[f] = c.row[f];
    out.set(key, { row, deleted: c.deleted ?? null });
  }
  return out;
}

function currentFacts(caseId: string): CaseFactsInput {
  const d = fx.core.services.cases.get(caseId);
  if (!d.ok) throw new Error(d.error.message);
  const c = d.value;
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    officeId: c.officeId,
    receivedDate: '2026-11-20',
    reasons: ['overtime'],
    isCollective: c.isCollective,
    isMigrantWage: c.isMigrantWage,
    summary: opt(c.summary),
    parties: c.parties.map((p) =>
      p.kind === 'employer'
        ? { id: p.id, kind: 'employer', role: 'respondent', name: p.name, creditCode: opt(p.creditCode) }
        : { id: p.id, kind: 'worker', role: 'applicant', name: p.name, idNumber: opt(p.idNumber) },
    ),
    claims: c.claims.map((cl) => ({
      id: cl.id,
      type: 'overtime' as const,
      description: opt(cl.description),
      amountFen: opt(cl.amountFen),
    })),
  };
}

function edit(f: CaseFactsInput, s: Step): CaseFactsInput {
  const parties = [...f.parties];
  const claims = [...f.claims];
  switch (s.kind) {
    case 'summary':
      return { ...f, summary: s.text };
    case 'rename':
      return { ...f, parties: parties.map((p, i) => (i === s.i ? { ...p, name: s.name } : p)) };
    case 'idNumber':
      return { ...f, parties: parties.map((p, i) => (i === 0 ? { ...p, idNumber: idNumber(s.seq) } : p)) };
    case 'amount':
      return { ...f, claims: claims.map((c, i) => (i === 0 ? { ...c, amountFen: s.fen } : c)) };
    case 'addClaim':
      return { ...f, claims: [...claims, { type: 'overtime', description: '另一项', amountFen: s.fen }] };
    case 'dropClaim':
      return claims.length > 1 ? { ...f, claims: claims.slice(0, -1) } : f;
    case 'addParty':
      return { ...f, parties: [...parties, { kind: 'worker', role: 'applicant', name: s.name }] };
    case 'dropParty':
      return parties.length > 2 ? { ...f, parties: parties.slice(0, -1) } : f;
  }
}

describe('captured changes replay the mutation', () => {
  it('before-images + changes = after-rows, for random sequences of corrections', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5 }), (steps) => {
        const caseId = fx.register();
        for (const s of steps) {
          const before = snapshot();
          const outbox = fx.core.services.repos.outbox.list().length;
          const r = fx.core.services.mutations.run(
            'case.correct',
            { caseId, facts: edit(currentFacts(caseId), s), reason: '录入错误' },
            fx.director,
          );
          // An edit that changes nothing is refused, and records nothing.
          if (!r.ok) {
            expect(r.error.message).toContain('没有需要更正的内容');
            expect(fx.core.services.repos.outbox.list()).toHaveLength(outbox);
            continue;
          }
          expect(applyChanges(before, lastChanges(fx))).toEqual(snapshot());
          applied++;
        }
      }),
      { numRuns: 60 },
    );
    expect(applied).toBeGreaterThan(30);
  });
});
