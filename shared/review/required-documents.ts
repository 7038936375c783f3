import type { ServedDocument } from '../procedure/served-documents';
import type { ProcedureState } from '../procedure/procedure-state';

/**
 * One document a closed case's file must hold (办案规则 第二十一条至第二十四条: the file keeps what was made and
 * served): the template that makes it, and — when it must reach the parties — what its 送达 records name and
 * which sides must have been served.
 */
export type RequiredDocument = {
  templateId: string;
  title: string;
  served: { document: ServedDocument; to: readonly ('applicant' | 'respondent')[] } | null;
};

const doc = (
  templateId: string,
  title: string,
  served: RequiredDocument['served'] = null,
): RequiredDocument => ({ templateId, title, served });

/**
 * What the file must hold, read from how far the case went: a step that happened needs the document that
 * records it. Only steps the log proves are asked for — a case withdrawn before a tribunal was composed is not
 * blamed for a missing 仲裁庭组成通知书.
 */
export function requiredDocuments(s: ProcedureState): RequiredDocument[] {
  if (s.kind === 'mediation') {
    if (s.outcome === 'med_agreement')
      return [
        doc('med_agreement', '调解协议书', {
          document: 'mediation_agreement',
          to: ['applicant', 'respondent'],
        }),
      ];
    if (s.outcome === 'med_failed') return [doc('med_failure_notice', '调解不成通知书')];
    return [];
  }
  if (s.outcome === 'arb_not_accepted')
    // 送达 records have no code of their own for it, so only its making is checked.
    return [doc('non_acceptance_notice', '不予受理通知书')];
  const out: RequiredDocument[] = [];
  if (s.acceptedOn !== null) {
    out.push(doc('acceptance_notice', '受理通知书', { document: 'acceptance_notice', to: ['applicant'] }));
    out.push(
      doc('respondent_notice', '仲裁申请书副本及应诉通知书', {
        document: 'application_copy',
        to: ['respondent'],
      }),
    );
  }
  if (s.tribunal !== null)
    out.push(
      doc('tribunal_notice', '仲裁庭组成通知书', {
        document: 'tribunal_notice',
        to: ['applicant', 'respondent'],
      }),
    );
  if (s.hearingHeld)
    out.push(
      doc('hearing_notice', '开庭通知书', { document: 'hearing_notice', to: ['applicant', 'respondent'] }),
    );
  if (s.outcome === 'arb_awarded')
    out.push(doc('award', '裁决书', { document: 'award', to: ['applicant', 'respondent'] }));
  if (s.outcome === 'arb_mediated')
    out.push(
      doc('mediation_statement', '调解书', {
        document: 'mediation_statement',
        to: ['applicant', 'respondent'],
      }),
    );
  if (s.outcome === 'arb_withdrawn' || s.outcome === 'arb_deemed_withdrawn' || s.outcome === 'arb_terminated')
    out.push(doc('decision', '决定书', { document: 'decision', to: ['applicant', 'respondent'] }));
  return out;
}
