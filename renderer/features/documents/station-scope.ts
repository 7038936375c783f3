import type { Office } from '../../../shared/domain/office/office.schema';

/**
 * Which stations' profiles the signed-in user sees in 文书设置: their own station, or — at a committee — each
 * station under it. Main checks the same rule again when a profile is saved (settings.set).
 */
export function stationsInScope(offices: readonly Office[], userOfficeId: string | null): Office[] {
  if (userOfficeId === null) return [];
  return offices.filter(
    (o) => o.kind === 'station' && (o.id === userOfficeId || o.parentId === userOfficeId),
  );
}

/** Whether the user works at a station, where the committee's own settings are not theirs to edit. */
export const atStation = (offices: readonly Office[], userOfficeId: string | null): boolean =>
  offices.some((o) => o.id === userOfficeId && o.kind === 'station');
