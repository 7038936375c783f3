import type { ProcedureState } from './procedure-state';
import type { ServedDocument } from './served-documents';

/**
 * A document can be served only once the thing it notifies has happened (issue 10 item 2): a 仲裁庭组成通知书
 * needs a composed tribunal (none after a recusal is granted until a new one is composed — law art 33), a
 * 开庭通知书 a hearing date (law art 35), a 裁决书 a 裁决 (law arts 43–44, 46), and so on. `on` is the day the
 * event happened, or null while it has not; a notice sent before that day cannot be about it either.
 *
 * Deliberately not listed: 决定书 (one form for many decisions — 回避, 中止, 撤回, 移送 … — some made orally first,
 * so nothing in the state says which one is being served) and 其他文书. 调解协议书 is checked for mediation cases
 * only: an arbitration case may hold a station's agreement under 仲裁审查 (办案规则第七十四条), which the engine does
 * not model.
 */
export type Precondition = { on: string | null; notYet: string; event: string };

export const SERVICE_PRECONDITIONS: Readonly<
  Partial<Record<ServedDocument, (s: ProcedureState) => Precondition | null>>
> = {
  application_copy: (s) => ({
    on: s.acceptedOn,
    notYet: '案件尚未受理，不能送达仲裁申请书副本',
    event: '受理日期',
  }),
  acceptance_notice: (s) => ({
    on: s.acceptedOn,
    notYet: '案件尚未受理，不能送达受理通知书',
    event: '受理日期',
  }),
  evidence_notice: (s) => ({
    on: s.acceptedOn,
    notYet: '案件尚未受理，不能送达举证通知书',
    event: '受理日期',
  }),
  tribunal_notice: (s) => ({
    on: s.tribunal?.composedOn ?? null,
    notYet: '尚未组成仲裁庭（回避决定后须重新组庭），不能送达仲裁庭组成通知书',
    event: '本仲裁庭的组成日期',
  }),
  hearing_notice: (s) => ({
    on: s.hearingDate === null ? null : s.hearingSetOn,
    notYet: '尚未确定开庭时间，不能送达开庭通知书',
    event: '确定（或改定）本次开庭时间之日',
  }),
  defence_copy: (s) => ({
    on: s.defenceFiledOn,
    notYet: '尚未收到答辩书，不能送达答辩书副本',
    event: '收到答辩书之日',
  }),
  mediation_statement: (s) => ({
    on: s.outcome === 'arb_mediated' ? s.closedOn : null,
    notYet: '尚未登记仲裁调解达成协议（制作调解书），不能送达调解书',
    event: '调解书制作日期',
  }),
  award: (s) => ({
    on: s.firstAwardOn,
    notYet: '尚未作出裁决，不能送达裁决书',
    event: '裁决日期',
  }),
  mediation_agreement: (s) =>
    s.kind === 'mediation'
      ? { on: s.agreementOn, notYet: '尚未达成调解协议，不能送达调解协议书', event: '调解协议达成日期' }
      : null,
};

/** Null when the document may be served now with this sent date; otherwise the Chinese reason. */
export function servicePreconditionFails(
  s: ProcedureState,
  document: ServedDocument | undefined,
  sentOn: string | undefined,
): string | null {
  const pre = document === undefined ? null : (SERVICE_PRECONDITIONS[document]?.(s) ?? null);
  if (pre === null) return null;
  if (pre.on === null) return pre.notYet;
  if (sentOn !== undefined && sentOn < pre.on)
    return `发出日期 ${sentOn} 早于${pre.event}（${pre.on}），请核对日期或登记为其他文书`;
  return null;
}
