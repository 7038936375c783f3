/**
 * Offering 作废 on a record (a timeline step, a service record): whether this person may (the committee's
 * correction rule, as main reports it) and why not; `onVoid` opens the reason dialog the case page owns.
 */
export type VoidAction = {
  allowed: boolean;
  reason: string | null;
  onVoid: (eventId: string, label: string) => void;
};
