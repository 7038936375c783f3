import { describe, expect, it } from 'vitest';
import {
  ackedExactlyOnce,
  auditChainsVerify,
  conflictsSurfacedOnce,
  rowsMatchServer,
  uniqueOfficialNumbers,
} from './invariants';

/**
 * The soak's checker must be able to fail: each invariant passes on a consistent collection and names a planted
 * violation (a broken checker would let the soak print "no violations" over lost or doubled work).
 */
describe('soak invariants', () => {
  const server = [
    { clientId: 'a', mutationId: 1, outcome: 'applied' },
    { clientId: 'a', mutationId: 2, outcome: 'applied_with_conflict' },
    { clientId: 'b', mutationId: 1, outcome: 'rejected' },
  ];
  const audit = server.map(({ clientId, mutationId }) => ({ clientId, mutationId }));
  const first = { clientId: 'a', mutationId: 1, outcome: 'applied' };

  it('acknowledged mutations: exactly one matching outcome and one audit entry each, ids without holes', () => {
    expect(ackedExactlyOnce(server, server, audit)).toEqual([]);
    // An acknowledged mutation the server lost.
    expect(
      ackedExactlyOnce([...server, { clientId: 'b', mutationId: 2, outcome: 'applied' }], server, audit),
    ).toHaveLength(1);
    // A different outcome on the two sides.
    expect(
      ackedExactlyOnce([{ clientId: 'a', mutationId: 1, outcome: 'rejected' }], server, audit),
    ).toHaveLength(1);
    // Applied twice, audited twice, and a hole in a client's ids.
    expect(ackedExactlyOnce(server, [...server, first], audit).length).toBeGreaterThan(0);
    expect(ackedExactlyOnce(server, server, [...audit, { clientId: 'a', mutationId: 1 }])).toHaveLength(1);
    expect(
      ackedExactlyOnce(
        [],
        [{ clientId: 'c', mutationId: 2, outcome: 'applied' }],
        [{ clientId: 'c', mutationId: 2 }],
      ),
    ).toHaveLength(1);
  });

  it('client rows: a needed re-snapshot or an undecided entry is a violation', () => {
    expect(rowsMatchServer([{ clientId: 'a', resnapshots: [], pending: 0 }])).toEqual([]);
    expect(rowsMatchServer([{ clientId: 'a', resnapshots: ['office-1'], pending: 0 }])).toHaveLength(1);
    expect(rowsMatchServer([{ clientId: 'a', resnapshots: [], pending: 2 }])).toHaveLength(1);
  });

  it('official numbers: one number on two cases is a violation, cases without one are not', () => {
    const ok = [
      { caseId: 'c1', officialNo: '示劳人仲案字〔2026〕第1号' },
      { caseId: 'c2', officialNo: '示劳人仲案字〔2026〕第2号' },
      { caseId: 'c3', officialNo: null },
      { caseId: 'c4', officialNo: null },
    ];
    expect(uniqueOfficialNumbers(ok)).toEqual([]);
    expect(
      uniqueOfficialNumbers([...ok, { caseId: 'c5', officialNo: '示劳人仲案字〔2026〕第2号' }]),
    ).toHaveLength(1);
  });

  it('audit: a broken chain is a violation', () => {
    expect(auditChainsVerify([{ officeId: 'o', entries: 3, broken: null }])).toEqual([]);
    expect(
      auditChainsVerify([{ officeId: 'o', entries: 3, broken: { id: 2, reason: '摘要不符' } }]),
    ).toHaveLength(1);
  });

  it('conflicts: one record per conflicting push and row, held once by every client', () => {
    const rec = { id: 'k1', otherClient: 'a', otherMutationId: 2, rowEntity: 'case', rowId: 'c1' };
    const pushes = [{ clientId: 'a', mutationId: 2 }];
    const clients = [
      { clientId: 'a', conflictIds: ['k1'] },
      { clientId: 'b', conflictIds: ['k1'] },
    ];
    expect(conflictsSurfacedOnce([rec], pushes, clients)).toEqual([]);
    // A second record of the same push and row.
    expect(conflictsSurfacedOnce([rec, { ...rec, id: 'k2' }], pushes, clients).length).toBeGreaterThan(0);
    // A conflicting push without a record; a record without a conflicting push.
    expect(conflictsSurfacedOnce([], pushes, [])).toHaveLength(1);
    expect(conflictsSurfacedOnce([rec], [], [])).toHaveLength(1);
    // A client missing the record, or holding it twice, or holding one the server lacks.
    expect(conflictsSurfacedOnce([rec], pushes, [{ clientId: 'b', conflictIds: [] }])).toHaveLength(1);
    expect(conflictsSurfacedOnce([rec], pushes, [{ clientId: 'b', conflictIds: ['k1', 'k1'] }])).toHaveLength(
      1,
    );
    expect(conflictsSurfacedOnce([rec], pushes, [{ clientId: 'b', conflictIds: ['k1', 'zz'] }])).toHaveLength(
      1,
    );
  });
});
