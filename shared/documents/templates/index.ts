// The document templates (issue 5; reference §5.1): one typed DocumentTemplate per document, each a pure function
// of the DocContext that returns the document model or every missing fact with where it is entered.

import type { DocumentTemplate } from '../context';
import { acceptanceNotice } from './acceptance-notice';
import { arbApplication } from './arb-application';
import { award } from './award';
import { closingApproval } from './closing-approval';
import { clueReferral } from './clue-referral';
import { decision } from './decision';
import { evidenceNotice } from './evidence-notice';
import { extensionApproval } from './extension-approval';
import { fileCover } from './file-cover';
import { hearingNotice } from './hearing-notice';
import { medAgreement } from './med-agreement';
import { medApplication } from './med-application';
import { medFailureNotice } from './med-failure-notice';
import { mediationStatement } from './mediation-statement';
import { nonAcceptanceNotice } from './non-acceptance-notice';
import { postponementNotice } from './postponement-notice';
import { publicNotice } from './public-notice';
import { respondentNotice } from './respondent-notice';
import { serviceReceipt } from './service-receipt';
import { suspensionApproval } from './suspension-approval';
import { tribunalNotice } from './tribunal-notice';

export {
  acceptanceNotice,
  arbApplication,
  award,
  closingApproval,
  clueReferral,
  decision,
  evidenceNotice,
  extensionApproval,
  fileCover,
  hearingNotice,
  medAgreement,
  medApplication,
  medFailureNotice,
  mediationStatement,
  nonAcceptanceNotice,
  postponementNotice,
  publicNotice,
  respondentNotice,
  serviceReceipt,
  suspensionApproval,
  tribunalNotice,
};
export { DECISION_TYPES } from './decision-types';
export type { DecisionType } from './decision-types';

/** Every template, in the order of the procedure (mediation, then arbitration from application to archive). */
export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  medApplication,
  medAgreement,
  medFailureNotice,
  arbApplication,
  acceptanceNotice,
  nonAcceptanceNotice,
  respondentNotice,
  evidenceNotice,
  tribunalNotice,
  hearingNotice,
  postponementNotice,
  serviceReceipt,
  publicNotice,
  decision,
  extensionApproval,
  suspensionApproval,
  mediationStatement,
  award,
  closingApproval,
  fileCover,
  // 裁审衔接 and 监察 (issue 13 item 5): a clue for the inspectorate, at any stage of the case.
  clueReferral,
];

/** The template with this id, or undefined. */
export const templateById = (id: string): DocumentTemplate | undefined =>
  DOCUMENT_TEMPLATES.find((t) => t.id === id);
