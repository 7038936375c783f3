import { textOf } from './text-of';
import { AwardPayload } from '../procedure/award-payload';
import { liveLog } from '../procedure/live-log';
import type { FoldableEvent } from '../procedure/machine';
import type { ProcedureState } from '../procedure/procedure-state';
import type { Deadline } from '../deadlines/deadline';
import { requiredDocuments, type RequiredDocument } from './required-documents';

/**
 * 案件评查 (issue 13 item 3): the checklist a case file is held to before it is archived. Pure, so the desktop's
 * planner, the server's re-plan, the case page and the statistics all judge a case the same way.
 */
export const REVIEW_ITEMS = [
  { id: 'documents', label: '必备文书已制作' },
  { id: 'service', label: '文书已送达并附送达回证' },
  { id: 'deadlines', label: '办案期限遵守（或经批准延长）' },
  { id: 'signatories', label: '署名人员齐全（仲裁庭、承办人、书记员）' },
  { id: 'finality', label: '裁决终局表述正确' },
  { id: 'evidence', label: '证据清单完整' },
] as const;
export type ReviewItemId = (typeof REVIEW_ITEMS)[number]['id'];
export const REVIEW_ITEM_IDS = REVIEW_ITEMS.map((i) => i.id) as [ReviewItemId, ...ReviewItemId[]];

export type ReviewItem = { id: ReviewItemId; label: string; passed: boolean; reason: string };

/** A generated document as the file holds it: the template and its canonical options (JSON text). */
export type ReviewDocument = { templateId: string; options: string };

export type ReviewInput = {
  state: ProcedureState;
  /** The case's log (voided and superseded events are dropped here through liveLog). */
  events: readonly FoldableEvent[];
  documents: readonly ReviewDocument[];
  handlerId: string | null;
  clerkId: string | null;
  deadlines: readonly Pick<Deadline, 'label' | 'status' | 'responsible' | 'informational'>[];
  /** The tribunal's findings on disputed elements (要素表, side 'findings'), each naming its evidence. */
  findings: readonly { key: string; reason: string; evidence: readonly string[] }[];
};

const item = (id: ReviewItemId, failures: readonly string[], ok: string): ReviewItem => ({
  id,
  label: REVIEW_ITEMS.find((i) => i.id === id)?.label ?? id,
  passed: failures.length === 0,
  reason: failures.length === 0 ? ok : failures.join('；'),
});

type ServiceRecord = { document: string; addresseeRole: string; proof: boolean };

function serviceRecords(events: readonly FoldableEvent[]): ServiceRecord[] {
  return events
    .filter((e) => e.type === 'service.record')
    .map((e) => ({
      document: textOf(e.payload['document']),
      addresseeRole: textOf(e.payload['addresseeRole']),
      // The 送达回证 (or EMS receipt, or the 公告's page): a scan, or where the proof is kept.
      proof:
        e.payload['evidenceFile'] !== undefined ||
        (typeof e.payload['evidence'] === 'string' && e.payload['evidence'].trim() !== ''),
    }));
}

const made = (docs: readonly ReviewDocument[], r: RequiredDocument) =>
  docs.some((d) => d.templateId === r.templateId);
const SIDE = { applicant: '申请人', respondent: '被申请人' } as const;

function checkService(required: readonly RequiredDocument[], records: readonly ServiceRecord[]): string[] {
  const out: string[] = [];
  for (const r of required) {
    if (r.served === null) continue;
    const of = records.filter((x) => x.document === r.served?.document);
    for (const side of r.served.to) {
      const toSide = of.filter((x) => x.addresseeRole === side);
      if (toSide.length === 0) out.push(`《${r.title}》未向${SIDE[side]}送达`);
      else if (!toSide.some((x) => x.proof)) out.push(`《${r.title}》向${SIDE[side]}送达未附送达回证`);
    }
  }
  return out;
}

const LATE = new Set(['met_late', 'overdue', 'missed']);
const LATE_WORD: Readonly<Record<string, string>> = {
  met_late: '逾期办理',
  overdue: '已超期',
  missed: '超期未办',
};

function checkFinality(s: ProcedureState, events: readonly FoldableEvent[], docs: readonly ReviewDocument[]) {
  if (s.outcome !== 'arb_awarded') return { failures: [], ok: '本案非裁决结案，不涉及终局表述' };
  const award = [...events].reverse().find((e) => e.type === 'arb.awarded');
  const parsed = AwardPayload.safeParse(award?.payload);
  if (!parsed.success) return { failures: ['裁决未逐项记录终局/非终局判断，无法核对终局表述'], ok: '' };
  const parts = docs.filter((d) => d.templateId === 'award').map((d) => partOf(d.options));
  const failures: string[] = [];
  if (parsed.data.outcome === 'mixed') {
    // 部分终局: two 裁决书, 之一 for the final items and 之二 for the rest (办案规则 第五十条).
    if (!parts.includes('final')) failures.push('部分终局裁决缺少《裁决书（之一：终局裁决事项）》');
    if (!parts.includes('non_final')) failures.push('部分终局裁决缺少《裁决书（之二：非终局裁决事项）》');
  } else if (parts.length > 0 && !parts.includes(null)) {
    failures.push(`本案为${parsed.data.outcome === 'final' ? '终局' : '非终局'}裁决，应只制作一份裁决书`);
  }
  return {
    failures,
    ok: parsed.data.outcome === 'mixed' ? '部分终局裁决已分别制作两份裁决书' : '终局表述与各裁决事项一致',
  };
}

function partOf(options: string): string | null {
  try {
    const o = JSON.parse(options) as Record<string, unknown>;
    return typeof o['part'] === 'string' ? o['part'] : null;
  } catch {
    return null;
  }
}

function checkSignatories(input: ReviewInput): string[] {
  const s = input.state;
  const out: string[] = [];
  if (input.handlerId === null) out.push('未指定承办人（A角）');
  if (s.kind === 'arbitration' && s.acceptedOn !== null) {
    const decided = s.outcome === 'arb_awarded' || s.outcome === 'arb_mediated';
    if (decided && s.tribunal === null) out.push('未组成仲裁庭，裁决书/调解书无署名仲裁员');
    if (input.clerkId === null) out.push('未指定书记员');
  }
  return out;
}

/** Every item of the checklist, in the order of REVIEW_ITEMS, each with why it passed or failed. */
export function reviewCase(input: ReviewInput): ReviewItem[] {
  const s = input.state;
  const events = liveLog(input.events);
  const required = requiredDocuments(s);
  const missing = required.filter((r) => !made(input.documents, r)).map((r) => `未制作《${r.title}》`);
  const late = input.deadlines
    .filter((d) => d.responsible === 'committee' && !d.informational && LATE.has(d.status))
    .map((d) => `${d.label}${LATE_WORD[d.status] ?? '超期'}`);
  const finality = checkFinality(s, events, input.documents);
  const unproven = input.findings
    .filter((f) => f.evidence.length === 0 && !f.reason.includes('举证责任'))
    .map((f) => `认定“${f.key}”未列明证据，也未说明举证责任`);
  return [
    item(
      'documents',
      missing,
      required.length === 0 ? '本案无必须制作的文书' : `已制作 ${required.length} 种必备文书`,
    ),
    item('service', checkService(required, serviceRecords(events)), '必备文书均已送达并附送达回证'),
    item('deadlines', late, '各项办案期限均已遵守'),
    item('signatories', checkSignatories(input), '署名人员齐全'),
    item('finality', finality.failures, finality.ok),
    item(
      'evidence',
      unproven,
      input.findings.length === 0 ? '无争议要素认定需列明证据' : '各项认定均列明证据',
    ),
  ];
}
