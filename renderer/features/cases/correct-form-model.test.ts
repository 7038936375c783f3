import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/domain/case/case.schema';
import { correctFormOf, parseCorrection, previewChanges } from './correct-form-model';
import { blankWorker } from './register-form-model';

const OFFICE = '7d6ee06f-f6d4-4c55-9588-aef51973af4f';
const P1 = '0190f0a0-0000-7000-8000-000000000001';
const P2 = '0190f0a0-0000-7000-8000-000000000002';
const P3 = '0190f0a0-0000-7000-8000-000000000003';
const C1 = '0190f0a0-0000-7000-8000-000000000004';

const party = {
  caseId: 'c',
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
};
const DETAIL: CaseDetail = {
  id: 'c',
  officeId: OFFICE,
  kind: 'arbitration',
  provisionalNo: 'PROV-1',
  officialNo: null,
  status: 'received',
  receivedDate: '2026-11-20',
  acceptedDate: null,
  closedDate: null,
  reasons: ['overtime'],
  isCollective: false,
  workerCount: null,
  isMigrantWage: false,
  applicants: '张山',
  respondents: '某公司',
  voidedAt: null,
  summary: null,
  createdAt: '2026-11-20T01:00:00Z',
  createdBy: 'u',
  voided: null,
  parties: [
    { ...party, id: P1, kind: 'worker', role: 'applicant', name: '张山', sortOrder: 0 },
    { ...party, id: P2, kind: 'employer', role: 'respondent', name: '某公司', sortOrder: 1 },
    {
      ...party,
      id: P3,
      kind: 'agent',
      role: 'agent',
      name: '李律师',
      representsPartyId: P1,
      agentType: 'lawyer',
      authority: 'general',
      sortOrder: 2,
    },
  ],
  claims: [
    { id: C1, caseId: 'c', type: 'overtime', description: '支付加班费', amountFen: 1_234_500, sortOrder: 0 },
  ],
};

describe('the correction form', () => {
  it('starts from the current facts with their ids, and unchanged gives no change', () => {
    const f = correctFormOf(DETAIL, '2026-11-19');
    expect(f.receivedDate).toBe('2026-11-19');
    expect(f.parties.map((p) => [p.id, p.representsIndex])).toEqual([
      [P1, -1],
      [P2, -1],
      [P3, 0],
    ]);
    expect(f.claims[0]).toMatchObject({ id: C1, amountYuan: '12,345.00' });
    const r = parseCorrection({ ...f, reason: '核对' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(previewChanges(DETAIL, '2026-11-19', r.value.facts, (id) => id)).toEqual([]);
  });

  it('requires a reason and applies the registration rules to the fields', () => {
    const f = correctFormOf(DETAIL, '2026-11-20');
    f.parties = f.parties.map((p) => (p.id === P2 ? { ...p, role: 'applicant' as const } : p));
    const r = parseCorrection(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['parties.root', 'reason']);
  });

  it('previews a renamed party, an added one and a changed amount before anything is saved', () => {
    const f = correctFormOf(DETAIL, '2026-11-20');
    f.parties = [
      ...f.parties.map((p) => (p.id === P1 ? { ...p, name: '张三' } : p)),
      { ...blankWorker('third_party'), name: '王五' },
    ];
    f.claims = f.claims.map((c) => ({ ...c, amountYuan: '20000' }));
    const r = parseCorrection({ ...f, reason: '依身份证更正' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.reason).toBe('依身份证更正');
    expect(
      previewChanges(DETAIL, '2026-11-20', r.value.facts, (id) => id).map((c) => [
        c.label,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['当事人 张山 · 姓名/名称', '张山', '张三'],
      ['新增当事人', '—', '王五（第三人，劳动者）'],
      ['请求事项 1 · 金额', '12,345.00 元', '20,000.00 元'],
    ]);
  });
});
