import { parseHlc } from '../../../../shared/sync/hlc';

/**
 * An outbox entry's device time as stored (issue 12 item 5, "small on disk"). A mutation's HLC and device time
 * come from one clock reading (run-mutation.ts `stamp`), so the device time is the HLC's own millisecond except
 * after the clock stepped back (the HLC then keeps its higher time). Since schema 19 an entry whose device time
 * is that millisecond stores the empty text instead of its 24 characters; readers get the time back through
 * `deviceTimeOf`, so the wire, the rebase, the sync page and the audit chain (which hashes it) see the same
 * text. Entries stored before keep the full text, which reads as it is.
 */
export const STORED_AS_HLC = '';

const hlcIso = (hlc: string): string | null => {
  const s = parseHlc(hlc);
  if (s === null) return null;
  const d = new Date(s.ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/** What to store for a device time written with this HLC. */
export const storedDeviceTime = (hlc: string, deviceTime: string): string =>
  deviceTime !== STORED_AS_HLC && hlcIso(hlc) === deviceTime ? STORED_AS_HLC : deviceTime;

/** The device time of a stored entry. */
export function deviceTimeOf(stored: string, hlc: string): string {
  if (stored !== STORED_AS_HLC) return stored;
  const iso = hlcIso(hlc);
  if (iso === null)
    throw new Error(`outbox device time stored as its HLC, whose time cannot be read: ${hlc}`);
  return iso;
}
