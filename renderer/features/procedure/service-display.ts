import { partyRoleLabel } from '../../../shared/domain/reference-data';
import {
  effectiveServiceDate,
  PUBLIC_NOTICE_DAYS,
  SERVED_DOCUMENTS,
  SERVICE_METHODS,
} from '../../../shared/procedure/service';
import { isValidIsoDate } from '../../../shared/validate';

const labelOf = (list: readonly { code: string; label: string }[], code: string) =>
  list.find((x) => x.code === code)?.label ?? code;

export const documentLabel = (code: string): string => labelOf(SERVED_DOCUMENTS, code);
export const methodLabel = (code: string): string => labelOf(SERVICE_METHODS, code);

export const DOCUMENT_OPTIONS = SERVED_DOCUMENTS.map((d) => ({ value: d.code, label: d.label }));
export const METHOD_OPTIONS = SERVICE_METHODS.map((m) => ({ value: m.code, label: m.label }));
export const ADDRESSEE_ROLE_OPTIONS = (['applicant', 'respondent', 'third_party', 'agent'] as const).map(
  (r) => ({
    value: r,
    label: partyRoleLabel(r),
  }),
);

/** 公告送达: deemed served on publication + 30 days (the core's own rule); null while the date is not a real one. */
export function deemedServedOn(publishedOn: string | undefined, days = PUBLIC_NOTICE_DAYS): string | null {
  if (publishedOn === undefined || !isValidIsoDate(publishedOn)) return null;
  return effectiveServiceDate({ method: 'public_notice', publishedOn }, days);
}
