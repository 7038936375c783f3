import { futureDateReason } from '../../procedure/not-future';
import { AppFailure } from '../../result';

/**
 * Refuses a date after today (the mutation's own clock) as a validation issue on the field that holds it, so a
 * form highlights that field; shared by registration, import, transfer, correction and procedural steps.
 */
export function refuseFutureDate(today: string, date: string, field: { path: string; label: string }): void {
  const reason = futureDateReason(date, today);
  if (reason === null) return;
  const message = `${field.label}：${reason}`;
  throw new AppFailure('VALIDATION', message, {
    issues: [{ path: field.path, label: field.label, message }],
  });
}
