import { describe, expect, it } from 'vitest';
import { diffFacts, type FactsSnapshot, type PartyFacts } from './fact-diff';

const party = (id: string, over: Partial<PartyFacts> = {}): PartyFacts => ({
  id,
  kind: 'worker',
  role: 'applicant',
  name: '张三',
  idNumber: null,
  creditCode: null,
  sex: null,
  birthDate: null,
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
const BASE: FactsSnapshot = {
  officeId: 'o1',
  receivedDate: '2026-11-20',
  reasons: ['overtime'],
  isCollective: false,
  workerCount: null,
  isMigrantWage: false,
  summary: null,
  parties: [
    party('p1'),
    party('p2', { kind: 'employer', role: 'respondent', name: '某公司' }),
    party('p3', {
      kind: 'agent',
      role: 'agent',
      name: '李律师',
      representsPartyId: 'p1',
      agentType: 'lawyer',
      authority: 'general',
    }),
  ],
  claims: [{ id: 'c1', type: 'overtime', description: null, amountFen: 100_000 }],
};

describe('diffFacts', () => {
  it('names each changed case fact in Chinese with display values', () => {
    const names: Record<string, string> = { o1: '仲裁院', o2: '东区调解站' };
    const changes = diffFacts(
      BASE,
      {
        ...BASE,
        officeId: 'o2',
        receivedDate: '2026-11-18',
        reasons: ['overtime', 'wage_arrears'],
        isMigrantWage: true,
      },
      (id) => names[id] ?? id,
    );
    expect(changes).toEqual([
      { field: 'officeId', label: '办案机构', before: '仲裁院', after: '东区调解站' },
      { field: 'receivedDate', label: '收件日期', before: '2026-11-20', after: '2026-11-18' },
      { field: 'reasons', label: '案由', before: '加班费', after: '加班费、追索劳动报酬' },
      { field: 'isMigrantWage', label: '农民工欠薪', before: '否', after: '是' },
    ]);
  });

  it('a renamed principal is one change; the agent still represents the same party', () => {
    const after = {
      ...BASE,
      parties: BASE.parties.map((p) => (p.id === 'p1' ? { ...p, name: '张三丰' } : p)),
    };
    expect(diffFacts(BASE, after)).toEqual([
      { field: 'parties.p1.name', label: '当事人 张三 · 姓名/名称', before: '张三', after: '张三丰' },
    ]);
  });

  it('lists added and voided parties and claims, and amounts in yuan', () => {
    const after: FactsSnapshot = {
      ...BASE,
      parties: [
        BASE.parties[0] as PartyFacts,
        BASE.parties[1] as PartyFacts,
        party('p4', { role: 'third_party', name: '王五' }),
      ],
      claims: [{ id: 'c1', type: 'overtime', description: null, amountFen: 250_050 }],
    };
    expect(diffFacts(BASE, after).map((c) => [c.label, c.before, c.after])).toEqual([
      ['新增当事人', '—', '王五（第三人，劳动者）'],
      ['作废当事人', '李律师（代理人）', '—'],
      ['请求事项 1 · 金额', '1,000.00 元', '2,500.50 元'],
    ]);
  });

  it('is empty for identical facts', () => {
    expect(diffFacts(BASE, { ...BASE, parties: [...BASE.parties], claims: [...BASE.claims] })).toEqual([]);
  });
});
