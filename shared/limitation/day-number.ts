// Day-number arithmetic lives in shared/util/day-number.ts; re-exported for this module's files.
export { dayOf, isoOf } from '../util/day-number';
