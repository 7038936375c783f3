// The hand-over sheet (reference §4: "A must brief B before leaving"; B "reports back when A returns and hands
// over the materials"; B who takes over A's place on a tribunal changes the tribunal → new 组庭通知 and recusal).

import { caseStatusLabel } from '../domain/case/case-status';
import type { CaseForAssignment, OpenDeadline } from './case.schema';
import type { StaffMember } from './staff.schema';

export interface HandoverInputs {
  /** 尚未解决的争议焦点, as the handler states them. */
  readonly openDisputes: readonly string[];
  /** 待制作或待送达的文书. */
  readonly documentsPending: readonly string[];
  readonly notes?: readonly string[];
  /** Marks deadlines already past this day as overdue. */
  readonly today?: string;
}

export interface HandoverDeadline extends OpenDeadline {
  readonly overdue: boolean;
}

export interface HandoverSheet {
  readonly caseId: string;
  readonly caseNumber?: string;
  readonly kind: CaseForAssignment['kind'];
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly status: CaseForAssignment['status'];
  readonly statusLabel: string;
  /** Open deadlines, earliest first. */
  readonly nextDeadlines: HandoverDeadline[];
  readonly openDisputes: string[];
  readonly documentsPending: string[];
  /** The handler's notes, then the notes the rules require. */
  readonly notes: string[];
  /** True when the receiver would replace A on an arbitration tribunal (reference §4). */
  readonly tribunalChange: boolean;
}

export function handoverSheet(
  c: CaseForAssignment,
  fromStaff: StaffMember,
  toStaff: StaffMember,
  inputs: HandoverInputs,
): HandoverSheet {
  const today = inputs.today;
  const nextDeadlines = [...c.deadlines]
    .sort((x, y) =>
      x.dueDate !== y.dueDate
        ? x.dueDate < y.dueDate
          ? -1
          : 1
        : x.label < y.label
          ? -1
          : x.label > y.label
            ? 1
            : 0,
    )
    .map((d) => ({ ...d, overdue: today !== undefined && d.dueDate < today }));
  const tribunalChange = c.kind === 'arbitration' && fromStaff.id === c.a && toStaff.id !== c.a;
  const notes = [...(inputs.notes ?? [])];
  if (tribunalChange) {
    notes.push(
      '接手人员如替代原承办人成为仲裁庭组成人员，属于仲裁庭组成变更：须重新发出组庭通知并复查回避（调解仲裁法第三十二、三十三条）',
    );
  }
  if (c.kind === 'arbitration' && !toStaff.roles.includes('arbitrator')) {
    notes.push(
      `${toStaff.name}不是仲裁员：只能做事务性和期限跟踪工作，不能组庭，也不能在裁决书上署名（调解仲裁法第四十六条）`,
    );
  }
  if (toStaff.id === c.a && fromStaff.id === c.b) {
    notes.push('A角返岗：B角代理期间办理的事项及材料一并交回（AB角工作制）');
  }
  const sheet: HandoverSheet = {
    caseId: c.id,
    kind: c.kind,
    from: { id: fromStaff.id, name: fromStaff.name },
    to: { id: toStaff.id, name: toStaff.name },
    status: c.status,
    statusLabel: caseStatusLabel(c.status),
    nextDeadlines,
    openDisputes: [...inputs.openDisputes],
    documentsPending: [...inputs.documentsPending],
    notes,
    tribunalChange,
  };
  return c.caseNumber === undefined ? sheet : { ...sheet, caseNumber: c.caseNumber };
}

const list = (title: string, items: readonly string[]) =>
  items.length === 0 ? [`${title}：无`] : [`${title}：`, ...items.map((t, i) => `  ${i + 1}. ${t}`)];

/** The sheet as Chinese text lines, for printing or pasting into the case log. */
export function formatHandover(sheet: HandoverSheet): string[] {
  return [
    '案件交接单',
    `案件：${sheet.caseNumber ?? sheet.caseId}（${sheet.kind === 'arbitration' ? '仲裁' : '调解'}）`,
    `移交人：${sheet.from.name}；接收人：${sheet.to.name}`,
    `案件状态：${sheet.statusLabel}`,
    ...list(
      '近期期限',
      sheet.nextDeadlines.map((d) => `${d.dueDate} ${d.label}${d.overdue ? '（已逾期）' : ''}`),
    ),
    ...list('尚未解决的争议焦点', sheet.openDisputes),
    ...list('待办文书', sheet.documentsPending),
    ...list('备注', sheet.notes),
  ];
}
