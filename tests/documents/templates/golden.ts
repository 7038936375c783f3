// The golden cases: each template (and each option worth seeing) on the sample context it belongs to; the text of
// each is kept under __snapshots__/<file>.txt.

import type { DocContext } from '../../../shared/documents/context';
import { templateById } from '../../../shared/documents/templates';
import { arbitrationContext } from './sample-context';
import {
  finalAwardContext,
  mediatedContext,
  mediationContext,
  mediationFailedContext,
  notAcceptedContext,
  publicNoticeContext,
  withdrawnContext,
} from './variants';

export type Golden = { file: string; id: string; ctx: () => DocContext; options?: Record<string, string> };

export const GOLDEN: readonly Golden[] = [
  {
    file: 'med_application-written',
    id: 'med_application',
    ctx: mediationContext,
    options: { form: 'written' },
  },
  { file: 'med_application-oral', id: 'med_application', ctx: mediationContext, options: { form: 'oral' } },
  { file: 'med_agreement', id: 'med_agreement', ctx: mediationContext },
  { file: 'med_failure_notice', id: 'med_failure_notice', ctx: mediationFailedContext },
  { file: 'arb_application', id: 'arb_application', ctx: arbitrationContext },
  { file: 'acceptance_notice', id: 'acceptance_notice', ctx: arbitrationContext },
  { file: 'non_acceptance_notice', id: 'non_acceptance_notice', ctx: notAcceptedContext },
  { file: 'respondent_notice', id: 'respondent_notice', ctx: arbitrationContext },
  { file: 'evidence_notice', id: 'evidence_notice', ctx: arbitrationContext },
  { file: 'tribunal_notice', id: 'tribunal_notice', ctx: arbitrationContext },
  {
    file: 'hearing_notice-applicant',
    id: 'hearing_notice',
    ctx: arbitrationContext,
    options: { addressee: 'applicant' },
  },
  {
    file: 'hearing_notice-respondent',
    id: 'hearing_notice',
    ctx: arbitrationContext,
    options: { addressee: 'respondent' },
  },
  { file: 'postponement_notice', id: 'postponement_notice', ctx: arbitrationContext },
  {
    file: 'service_receipt-respondent',
    id: 'service_receipt',
    ctx: arbitrationContext,
    options: { addressee: 'respondent', document: 'application_copy' },
  },
  {
    file: 'service_receipt-applicant',
    id: 'service_receipt',
    ctx: arbitrationContext,
    options: { addressee: 'applicant', document: 'award' },
  },
  { file: 'public_notice', id: 'public_notice', ctx: publicNoticeContext },
  { file: 'decision-recusal', id: 'decision', ctx: arbitrationContext, options: { type: 'recusal' } },
  { file: 'decision-suspension', id: 'decision', ctx: arbitrationContext, options: { type: 'suspension' } },
  {
    file: 'decision-withdrawal',
    id: 'decision',
    ctx: () => withdrawnContext(false),
    options: { type: 'withdrawal' },
  },
  {
    file: 'decision-deemed-withdrawal',
    id: 'decision',
    ctx: () => withdrawnContext(true),
    options: { type: 'withdrawal' },
  },
  { file: 'decision-extension', id: 'decision', ctx: arbitrationContext, options: { type: 'extension' } },
  {
    file: 'decision-correction',
    id: 'decision',
    ctx: arbitrationContext,
    options: { type: 'correction', correction: '裁决书第二页第三行“2025年10月”应更正为“2025年11月”' },
  },
  { file: 'extension_approval', id: 'extension_approval', ctx: arbitrationContext },
  { file: 'suspension_approval', id: 'suspension_approval', ctx: arbitrationContext },
  { file: 'mediation_statement', id: 'mediation_statement', ctx: mediatedContext },
  { file: 'award-non-final', id: 'award', ctx: arbitrationContext },
  { file: 'award-final', id: 'award', ctx: finalAwardContext },
  { file: 'closing_approval', id: 'closing_approval', ctx: arbitrationContext },
  { file: 'file_cover', id: 'file_cover', ctx: arbitrationContext },
  { file: 'clue_referral-default', id: 'clue_referral', ctx: arbitrationContext },
  {
    file: 'clue_referral-typed',
    id: 'clue_referral',
    ctx: arbitrationContext,
    options: {
      recipient: '示例市劳动保障监察支队',
      violations: '1. 未依法为劳动者缴纳社会保险费\n2、安排劳动者每日工作十二小时。',
    },
  },
];

/** Build a golden case; fails the test with the missing facts when the build does not succeed. */
export function buildGolden(g: Golden) {
  const template = templateById(g.id);
  if (template === undefined) throw new Error(`no template ${g.id}`);
  const base = g.ctx();
  const result = template.build({ ...base, options: { ...base.options, ...g.options } });
  if (!result.ok) throw new Error(`${g.file}: missing ${JSON.stringify(result.missing)}`);
  return result.model;
}
