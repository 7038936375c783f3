// A fact a template needs but the context lacks is reported, with where it is entered, instead of a blank: each
// removal below yields { ok: false } naming the fact, and several removals at once are all listed.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocContext, MissingFact } from '../../../shared/documents/context';
import { DOCUMENT_TEMPLATES, templateById } from '../../../shared/documents/templates';
import { modelText } from './model-text';
import { ARB_CASE_ID, MED_CASE_ID, arbitrationContext } from './sample-context';
import { GOLDEN } from './golden';
import {
  mediatedContext,
  mediationContext,
  mediationFailedContext,
  notAcceptedContext,
  publicNoticeContext,
} from './variants';

const CASE = `#/cases/${ARB_CASE_ID}`;
const MED = `#/cases/${MED_CASE_ID}`;
const SETTINGS = '#/settings';
const COMMITTEE = '#/settings/committee';

function missingOf(id: string, ctx: DocContext, options: Record<string, string> = {}): MissingFact[] {
  const template = templateById(id);
  if (template === undefined) throw new Error(`no template ${id}`);
  const result = template.build({ ...ctx, options: { ...ctx.options, ...options } });
  if (result.ok) throw new Error(`${id} built although a fact was removed`);
  return result.missing;
}

type Edit = (ctx: DocContext) => DocContext;
const withoutEvents =
  (...types: string[]): Edit =>
  (ctx) => ({ ...ctx, events: ctx.events.filter((e) => !types.includes(e.type)) });
const withProcedure =
  (patch: Partial<DocContext['procedure']>): Edit =>
  (ctx) => ({ ...ctx, procedure: { ...ctx.procedure, ...patch } });
const withParty =
  (id: string, patch: Record<string, unknown>): Edit =>
  (ctx) => ({
    ...ctx,
    case: { ...ctx.case, parties: ctx.case.parties.map((p) => (p.id === id ? { ...p, ...patch } : p)) },
  });
const noOfficialNo: Edit = (ctx) => ({ ...ctx, case: { ...ctx.case, officialNo: null } });
const noClerk: Edit = (ctx) => ({ ...ctx, assigned: { ...ctx.assigned, clerkId: null } });
const CLERK = '书记员（在案件页“承办人（AB角）”中指定本案书记员）';

type Row = {
  what: string;
  id: string;
  ctx?: () => DocContext;
  options?: Record<string, string>;
  edit: Edit;
  missing: MissingFact[];
};

const ROWS: Row[] = [
  {
    what: 'no hearing time',
    id: 'hearing_notice',
    options: { addressee: 'applicant' },
    edit: withoutEvents('arb.hearingScheduled', 'arb.hearingPostponed'),
    missing: [{ fact: '开庭时间和地点（确定开庭时间）', where: CASE }],
  },
  {
    what: 'no tribunal',
    id: 'tribunal_notice',
    edit: withProcedure({ tribunal: null }),
    missing: [{ fact: '仲裁庭组成（组成仲裁庭）', where: CASE }],
  },
  {
    what: 'no tribunal',
    id: 'award',
    edit: withProcedure({ tribunal: null }),
    missing: [{ fact: '仲裁庭组成（组成仲裁庭）', where: CASE }],
  },
  {
    what: 'no tribunal',
    id: 'mediation_statement',
    ctx: mediatedContext,
    edit: withProcedure({ tribunal: null }),
    missing: [{ fact: '仲裁庭组成（组成仲裁庭）', where: CASE }],
  },
  {
    what: 'no mediated event',
    id: 'mediation_statement',
    ctx: mediatedContext,
    edit: withoutEvents('arb.mediated'),
    missing: [{ fact: '调解协议（登记仲裁调解达成协议）', where: CASE }],
  },
  {
    what: 'no award event',
    id: 'award',
    edit: withoutEvents('arb.awarded'),
    missing: [{ fact: '裁决（登记作出裁决）', where: CASE }],
  },
  {
    // Neither the per-item payload nor the old {final, summary}: the 终局 statement cannot be known.
    what: 'an award payload of neither shape',
    id: 'award',
    edit: (c) => ({
      ...c,
      events: c.events.map((e) => (e.type === 'arb.awarded' ? { ...e, payload: { summary: 'x' } } : e)),
    }),
    missing: [{ fact: '裁决结果（登记作出裁决）', where: CASE }],
  },
  // Signatories come from the case (issue 10 item 4): a missing one is listed with where it is entered.
  ...(['award', 'file_cover'] as const).map((id): Row => ({
    what: 'no clerk assigned',
    id,
    edit: noClerk,
    missing: [{ fact: CLERK, where: CASE }],
  })),
  {
    what: 'no clerk assigned',
    id: 'decision',
    options: { type: 'recusal' },
    edit: noClerk,
    missing: [{ fact: CLERK, where: CASE }],
  },
  {
    what: 'no clerk assigned',
    id: 'mediation_statement',
    ctx: mediatedContext,
    edit: noClerk,
    missing: [{ fact: CLERK, where: CASE }],
  },
  {
    what: 'the assigned clerk has no name',
    id: 'award',
    edit: (c) => ({ ...c, staff: c.staff.filter((s) => s.id !== 'clerk-1') }),
    missing: [{ fact: '书记员（clerk-1）的姓名', where: SETTINGS }],
  },
  {
    what: 'no A角 and no tribunal',
    id: 'suspension_approval',
    edit: (c) => ({
      ...c,
      procedure: { ...c.procedure, tribunal: null },
      assigned: { ...c.assigned, handlerId: null },
    }),
    missing: [{ fact: '承办人（在案件页“承办人（AB角）”中指定A角）', where: CASE }],
  },
  {
    what: 'a recorded service without its server',
    id: 'service_receipt',
    options: { addressee: 'respondent', document: 'application_copy' },
    edit: (c) => ({ ...c, services: c.services.map((s) => ({ ...s, serverId: null })) }),
    missing: [{ fact: '送达人（在送达记录中登记送达人）', where: CASE }],
  },
  {
    what: 'an oral application whose receipt has no recorder',
    id: 'med_application',
    ctx: mediationContext,
    options: { form: 'oral' },
    edit: (c) => ({
      ...c,
      events: c.events.map((e) => (e.type === 'case.received' ? { ...e, actorId: null } : e)),
    }),
    missing: [{ fact: '记录人（收件登记的登记人）', where: MED }],
  },
  {
    what: 'no hearing held',
    id: 'award',
    edit: withoutEvents('arb.hearingHeld'),
    missing: [{ fact: '开庭审理的记录（登记开庭审理）', where: CASE }],
  },
  {
    what: "no worker's address",
    id: 'award',
    edit: withParty('p-worker', { address: null }),
    missing: [{ fact: '申请人张三的住址', where: CASE }],
  },
  {
    what: "no respondent's legal representative",
    id: 'award',
    edit: withParty('p-employer', { legalRep: null, legalRepTitle: null }),
    missing: [
      { fact: '被申请人示例科技有限公司的法定代表人（主要负责人）', where: CASE },
      { fact: '被申请人示例科技有限公司的法定代表人职务', where: CASE },
    ],
  },
  {
    what: 'no finding on a disputed element',
    id: 'award',
    edit: (c) => ({ ...c, findings: c.findings.filter((f) => f.key !== 'monthlyWage') }),
    missing: [{ fact: '争议要素“月工资标准”的认定（仲裁庭认定）', where: CASE }],
  },
  {
    what: 'a claim check without its calculation',
    id: 'award',
    edit: (c) => ({
      ...c,
      claimChecks: c.claimChecks.map((k) =>
        k.claimType === 'economic_compensation'
          ? { claimType: k.claimType, calculator: k.calculator, flags: [] }
          : k,
      ),
    }),
    missing: [{ fact: '“经济补偿”的计算（要素表中计算所需的要素未填全）', where: CASE }],
  },
  {
    what: 'no committee address',
    id: 'acceptance_notice',
    edit: (c) => ({ ...c, committee: { ...c.committee, address: ' ' } }),
    missing: [{ fact: '仲裁委员会地址', where: COMMITTEE }],
  },
  {
    what: 'no committee phone',
    id: 'hearing_notice',
    options: { addressee: 'respondent' },
    edit: (c) => ({ ...c, committee: { ...c.committee, phone: '' } }),
    missing: [{ fact: '仲裁委员会联系电话', where: COMMITTEE }],
  },
  {
    what: 'no acceptance date',
    id: 'acceptance_notice',
    edit: withProcedure({ acceptedOn: null }),
    missing: [{ fact: '受理日期（登记受理）', where: CASE }],
  },
  {
    what: 'no evidence period',
    id: 'evidence_notice',
    edit: withProcedure({ evidenceDeadline: null }),
    missing: [{ fact: '举证期限（指定举证期限）', where: CASE }],
  },
  {
    what: 'no postponement',
    id: 'postponement_notice',
    edit: withoutEvents('arb.hearingPostponed'),
    missing: [{ fact: '延期后的开庭时间和地点（决定延期开庭）', where: CASE }],
  },
  {
    what: 'no staff name',
    id: 'tribunal_notice',
    edit: (c) => ({ ...c, staff: c.staff.filter((s) => s.id !== 'arb-1') }),
    missing: [{ fact: '首席仲裁员（arb-1）的姓名', where: SETTINGS }],
  },
  {
    what: 'no refusal event',
    id: 'non_acceptance_notice',
    ctx: notAcceptedContext,
    edit: withoutEvents('arb.notAccepted'),
    missing: [{ fact: '不予受理的决定（登记不予受理）', where: CASE }],
  },
  {
    what: 'no agreement event',
    id: 'med_agreement',
    ctx: () => mediationContext(),
    edit: withoutEvents('med.agreement'),
    missing: [{ fact: '调解协议（登记达成调解协议）', where: MED }],
  },
  {
    what: 'no mediator name',
    id: 'med_agreement',
    ctx: () => mediationContext(),
    edit: (c) => ({ ...c, events: c.events.map((e) => ({ ...e, actorName: null })) }),
    missing: [{ fact: '主持调解的调解员', where: MED }],
  },
  {
    what: 'no failure event',
    id: 'med_failure_notice',
    ctx: mediationFailedContext,
    edit: withoutEvents('med.failed'),
    missing: [{ fact: '调解不成的记录（登记调解不成）', where: MED }],
  },
  {
    what: 'no facts and reasons',
    id: 'med_application',
    ctx: () => mediationContext(),
    edit: (c) => ({ ...c, case: { ...c.case, summary: null } }),
    missing: [{ fact: '事实和理由（案情摘要）', where: MED }],
  },
  {
    what: 'no claims, no facts',
    id: 'arb_application',
    edit: (c) => ({ ...c, case: { ...c.case, claims: [], summary: '' } }),
    missing: [
      { fact: '仲裁请求', where: CASE },
      { fact: '事实和理由（案情摘要）', where: CASE },
    ],
  },
  {
    what: "no worker's sex (law art 28)",
    id: 'arb_application',
    edit: withParty('p-worker', { sex: null }),
    missing: [{ fact: '申请人张三的性别', where: CASE }],
  },
  {
    what: 'no public-notice record',
    id: 'public_notice',
    ctx: publicNoticeContext,
    edit: (c) => ({ ...c, services: [] }),
    missing: [{ fact: '公告送达的记录（登记送达时选择公告送达）', where: CASE }],
  },
  {
    what: "no addressee's address",
    id: 'service_receipt',
    options: { addressee: 'respondent', document: 'award' },
    edit: withParty('p-employer', { address: null }),
    missing: [{ fact: '被申请人示例科技有限公司的送达地址（住址或住所）', where: CASE }],
  },
  {
    what: 'no decision type',
    id: 'decision',
    edit: (c) => c,
    missing: [{ fact: '文书选项：决定事项', where: '#/documents' }],
  },
  {
    what: 'no suspension',
    id: 'decision',
    options: { type: 'suspension' },
    edit: withoutEvents('arb.suspended'),
    missing: [{ fact: '中止审理的记录（登记中止审理）', where: CASE }],
  },
  {
    what: 'no recusal decision',
    id: 'decision',
    options: { type: 'recusal' },
    edit: withoutEvents('arb.recusalDecided'),
    missing: [{ fact: '回避决定（登记回避决定）', where: CASE }],
  },
  {
    what: 'no withdrawal',
    id: 'decision',
    options: { type: 'withdrawal' },
    edit: (c) => c,
    missing: [{ fact: '撤回仲裁申请的记录（准予撤回或按撤回处理）', where: CASE }],
  },
  {
    what: 'no correction text',
    id: 'decision',
    options: { type: 'correction' },
    edit: (c) => c,
    missing: [{ fact: '补正内容（文书选项“补正内容”）', where: '#/documents' }],
  },
  {
    what: 'no extension',
    id: 'extension_approval',
    edit: withoutEvents('arb.extended'),
    missing: [{ fact: '延长审理期限的记录（登记延长审理期限）', where: CASE }],
  },
  {
    what: 'no suspension',
    id: 'suspension_approval',
    edit: withoutEvents('arb.suspended'),
    missing: [{ fact: '中止审理的记录（登记中止审理）', where: CASE }],
  },
  {
    what: 'not closed',
    id: 'closing_approval',
    edit: withProcedure({ outcome: null, closedOn: null }),
    missing: [
      { fact: '结案方式（登记结案）', where: CASE },
      { fact: '结案日期（登记结案）', where: CASE },
    ],
  },
  {
    what: 'not archived',
    id: 'file_cover',
    edit: withProcedure({ archivedOn: null }),
    missing: [{ fact: '归档日期（登记归档）', where: CASE }],
  },
];

describe('missing facts', () => {
  it.each(ROWS.map((r) => [r.id, r.what, r] as const))('%s: %s', (_id, _what, row) => {
    const ctx = row.edit((row.ctx ?? (() => arbitrationContext()))());
    expect(missingOf(row.id, ctx, row.options)).toEqual(row.missing);
  });

  const AFTER_ACCEPTANCE = [
    ['acceptance_notice', {}],
    ['respondent_notice', {}],
    ['evidence_notice', {}],
    ['tribunal_notice', {}],
    ['hearing_notice', { addressee: 'applicant' }],
    ['postponement_notice', {}],
    ['service_receipt', { addressee: 'applicant', document: 'hearing_notice' }],
    ['decision', { type: 'extension' }],
    ['extension_approval', {}],
    ['suspension_approval', {}],
    ['award', {}],
    ['closing_approval', {}],
    ['file_cover', {}],
  ] as const;

  it.each(AFTER_ACCEPTANCE)('%s needs the official 案号 once the case is accepted', (id, options) => {
    expect(missingOf(id, noOfficialNo(arbitrationContext()), options)).toEqual([
      { fact: '正式案号', where: CASE },
    ]);
  });

  it('lets mediation documents, the application and a refusal carry the provisional number', () => {
    for (const [id, ctx] of [
      ['arb_application', noOfficialNo(arbitrationContext())],
      ['non_acceptance_notice', notAcceptedContext()],
      ['med_application', mediationContext()],
      ['med_agreement', mediationContext()],
    ] as const) {
      const result = templateById(id)?.build(ctx);
      expect(result?.ok, id).toBe(true);
      if (result?.ok === true) expect(result.model.letterhead?.caseNo).toBe(ctx.case.provisionalNo);
    }
  });

  it('lists every missing fact at once, not only the first', () => {
    let ctx = arbitrationContext();
    for (const edit of [
      noOfficialNo,
      withProcedure({ tribunal: null }),
      withoutEvents('arb.awarded'),
      withParty('p-worker', { address: null }),
      withParty('p-employer', { legalRep: null }),
      (c: DocContext) => ({ ...c, committee: { ...c.committee, name: '' } }),
    ]) {
      ctx = edit(ctx);
    }
    expect(missingOf('award', ctx)).toEqual([
      { fact: '正式案号', where: CASE },
      { fact: '仲裁委员会名称', where: COMMITTEE },
      { fact: '申请人张三的住址', where: CASE },
      { fact: '被申请人示例科技有限公司的法定代表人（主要负责人）', where: CASE },
      { fact: '仲裁庭组成（组成仲裁庭）', where: CASE },
      { fact: '裁决（登记作出裁决）', where: CASE },
    ]);
  });

  it('never prints a blank: with any party fields removed a template either fails naming them or prints no gap', () => {
    const FIELDS = [
      'idNumber',
      'sex',
      'birthDate',
      'ethnicity',
      'address',
      'legalRep',
      'legalRepTitle',
      'creditCode',
      'agentType',
      'authority',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...GOLDEN),
        fc.subarray([...FIELDS]),
        fc.subarray(['p-worker', 'p-employer', 'p-agent-1', 'p-agent-2']),
        (golden, fields, ids) => {
          const template = templateById(golden.id);
          if (template === undefined) return false;
          const base = golden.ctx();
          const blanked = Object.fromEntries(fields.map((f) => [f, null]));
          const ctx: DocContext = {
            ...base,
            case: {
              ...base.case,
              parties: base.case.parties.map((p) => (ids.includes(p.id) ? { ...p, ...blanked } : p)),
            },
            options: { ...base.options, ...golden.options },
          };
          const result = template.build(ctx);
          if (!result.ok) {
            expect(result.missing.length).toBeGreaterThan(0);
            for (const m of result.missing) expect(m.where).toMatch(/^#\/(cases\/|settings|documents)/);
            return true;
          }
          expect(modelText(result.model)).not.toMatch(/undefined|null|NaN|（）|：。|：，|，。/);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('declares its options with choices for the UI (a free-text option has none)', () => {
    for (const t of DOCUMENT_TEMPLATES) {
      for (const o of t.options ?? [])
        if (o.input === 'text') expect(o.choices, `${t.id}.${o.key}`).toEqual([]);
        else expect(o.choices.length, `${t.id}.${o.key}`).toBeGreaterThan(0);
    }
    expect(templateById('hearing_notice')?.options?.map((o) => o.key)).toEqual(['addressee']);
    expect(templateById('decision')?.options?.[0]?.choices.map((c) => c.value)).toEqual([
      'recusal',
      'suspension',
      'withdrawal',
      'extension',
      'correction',
    ]);
    expect(templateById('med_application')?.options?.[0]?.choices.map((c) => c.value)).toEqual([
      'written',
      'oral',
    ]);
  });
});
