import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactsSnapshot, PartyFacts } from './fact-diff';
import { mergeFacts } from './fact-merge';

const party = (id: string, over: Partial<PartyFacts> = {}): PartyFacts => ({
  id,
  kind: 'worker',
  role: 'applicant',
  name: '张三',
  idNumber: '11010519491231002X',
  creditCode: null,
  sex: 'female',
  birthDate: '1949-12-31',
  ethnicity: null,
  address: null,
  phone: null,
  legalRep: null,
  legalRepTitle: null,
  representsPartyId: null,
  agentType: null,
  authority: null,
  ...over,
});

const facts = (over: Partial<FactsSnapshot> = {}): FactsSnapshot => ({
  officeId: 'o1',
  receivedDate: '2026-11-20',
  reasons: ['overtime'],
  isCollective: false,
  workerCount: null,
  isMigrantWage: false,
  summary: '原文',
  parties: [
    party('p1'),
    party('p2', { kind: 'employer', role: 'respondent', name: '某公司', idNumber: null }),
  ],
  claims: [{ id: 'c1', type: 'overtime', description: '加班费', amountFen: 100 }],
  ...over,
});

describe('mergeFacts (a 更正 replayed on newer rows)', () => {
  it('applies only what the author changed, keeping what someone else changed meanwhile', () => {
    const seen = facts();
    const current = facts({
      summary: '他人改过',
      parties: [party('p1', { phone: '13800000000' }), seen.parties[1] as PartyFacts],
    });
    const next = facts({ parties: [party('p1', { name: '张叁' }), seen.parties[1] as PartyFacts] });
    const merged = mergeFacts(current, seen, next);
    expect(merged.summary).toBe('他人改过');
    expect(merged.parties[0]).toMatchObject({ name: '张叁', phone: '13800000000' });
  });

  it('keeps a party someone else added, drops the one the author removed, keeps one removed by someone else removed', () => {
    const seen = facts();
    const added = party('p3', { name: '李四' });
    const current = facts({ parties: [party('p1'), added] }); // p2 removed by someone else, p3 added
    const next = facts({ parties: [seen.parties[1] as PartyFacts] }); // the author removed p1
    expect(mergeFacts(current, seen, next).parties.map((p) => p.id)).toEqual([added.id]);
  });

  const text = fc.constantFrom('甲', '乙', '丙');
  const snapshot = fc.record({ summary: text, name: text, phone: text, amount: fc.nat(3) }).map((x) =>
    facts({
      summary: x.summary,
      parties: [party('p1', { name: x.name, phone: x.phone })],
      claims: [{ id: 'c1', type: 'overtime', description: null, amountFen: x.amount }],
    }),
  );

  it('is the author’s facts when nothing changed since they looked (the desktop’s own case)', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (seen, next) => {
        expect(mergeFacts(seen, seen, next)).toEqual(next);
      }),
    );
  });

  it('is the current facts when the author changed nothing (a replay writes nothing)', () => {
    fc.assert(
      fc.property(snapshot, snapshot, (current, seen) => {
        expect(mergeFacts(current, seen, seen)).toEqual(current);
      }),
    );
  });

  it('takes every field the author changed and no other', () => {
    fc.assert(
      fc.property(snapshot, snapshot, snapshot, (current, seen, next) => {
        const m = mergeFacts(current, seen, next);
        const pick = <T>(n: T, s: T, c: T) => (JSON.stringify(n) === JSON.stringify(s) ? c : n);
        expect(m.summary).toBe(pick(next.summary, seen.summary, current.summary));
        expect(m.parties[0]?.name).toBe(
          pick(next.parties[0]?.name, seen.parties[0]?.name, current.parties[0]?.name),
        );
        expect(m.claims[0]?.amountFen).toBe(
          pick(next.claims[0]?.amountFen, seen.claims[0]?.amountFen, current.claims[0]?.amountFen),
        );
      }),
    );
  });
});
