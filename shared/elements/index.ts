/**
 * 要素式办案 — element templates, answers, comparison and claim checks (issue 4; reference §3).
 * Import from 'shared/elements' only.
 *
 *   ElementTemplate / validateTemplate(json)          a 要素表 template (resources/elements/*.json), Chinese issues
 *   templatesForClaimTypes(all, claimTypes)           base + the templates serving the case's claim types
 *   answersSchema(template) / validateAnswers(...)    the applicant's values (forms: react-hook-form + zod)
 *   respondentAnswersSchema / validateRespondentAnswers   认可 / 不认可 (with own value) / 未答辩
 *   compareElements(template, applicant, respondent)  agreed / disputed / not_addressed per element + summary
 *   disputeFocus(result) / hearingOutline(result)     争议焦点 lines; 庭审提纲 (disputed, then not addressed)
 *   Finding / findingSchema(template)                 the tribunal's finding per disputed element (§3.5 item 6)
 *   checkClaim(claimType, template, answers, params)  the claim against the statutory standard (shared/calc)
 *   formatElementValue(element, value)                display text: '9,000.00 元', 'A 至 B', 是/否, choice label
 */
export {
  BASE_TEMPLATE_ID,
  Element,
  ElementChoice,
  ElementGroup,
  ElementTemplate,
  ItemElement,
  TEXT_FORMATS,
  templateElements,
} from './template.schema';
export type { ElementTemplateInput, TextFormat } from './template.schema';
export { validateTemplate } from './template-validate';
export type { TemplateIssue, ValidateTemplateResult } from './template-validate';
export { CALCULATOR_INPUTS, CLAIM_CALCULATORS, ELEMENT_TYPES, lookupCalcInput } from './calc-inputs';
export type { CalcInputSpec, CalculatorName, ElementType, LocalParamKey } from './calc-inputs';
export {
  ElementValueSchema,
  STANCES,
  answersSchema,
  respondentAnswersSchema,
  stanceLabel,
  validateAnswers,
  validateRespondentAnswers,
} from './answers.schema';
export type {
  ApplicantAnswers,
  DateRangeValue,
  ElementValue,
  ListItemValue,
  RespondentAnswer,
  RespondentAnswers,
  ScalarValue,
  Stance,
  ValidateAnswersResult,
} from './answers.schema';
export { compareElements } from './compare';
export type { ComparisonResult, ComparisonSummary, ElementComparison, ElementState } from './compare';
export { disputeFocus, hearingOutline } from './outline';
export type { HearingOutline, OutlineGroup, OutlineItem, OutlineSection } from './outline';
export { Finding, findingSchema } from './finding.schema';
export { CLAIMED_AMOUNT_KEY, checkClaim } from './claim-check';
export type { ClaimCheckParams, ClaimCheckResult, ClaimFlag, ClaimFlagSeverity } from './claim-check';
export { formatElementValue, valuesEqual } from './values';
export { templatesForClaimTypes } from './registry';
