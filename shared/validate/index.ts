// Public API of the shared validators (reference §7 for the ID checksums).
export { validateIdNumber, idNumberCheckChar } from './id-number';
export type { IdNumberResult, Sex } from './id-number';
export { validateCreditCode, creditCodeCheckChar } from './credit-code';
export type { CreditCodeResult } from './credit-code';
export { validatePhone } from './phone';
export type { PhoneKind, PhoneResult } from './phone';
export { isValidIsoDate } from './date';
