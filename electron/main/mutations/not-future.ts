// The rule lives with the planners (shared/mutations/plan/not-future.ts); mutators not split yet use it here.
export { refuseFutureDate } from '../../../shared/mutations/plan/not-future';
