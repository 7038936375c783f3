/**
 * Who is signed in, per caller: an Electron webContents (`wc:<id>`) or a browser-host cookie. Only the user id is
 * kept; the account is re-read on every call so a deactivated account is signed out at once.
 *
 * A session can be locked (issue 15 item 3: idle, or the OS locked the screen or went to sleep). A locked session
 * keeps its user — the work on screen stays — but the dispatcher serves it nothing except unlock and sign-out, so
 * the lock is not only a picture over the page. Signing in afresh starts an unlocked session.
 */
type Session = { userId: string; locked: boolean };

export function createSessionStore() {
  const sessions = new Map<string, Session>();
  return {
    get: (key: string): string | null => sessions.get(key)?.userId ?? null,
    set: (key: string, userId: string): void => void sessions.set(key, { userId, locked: false }),
    clear: (key: string): void => void sessions.delete(key),
    isLocked: (key: string): boolean => sessions.get(key)?.locked === true,
    /** Locks one caller's session; false when nobody is signed in there (nothing to lock). */
    lock(key: string): boolean {
      const s = sessions.get(key);
      if (s === undefined) return false;
      s.locked = true;
      return true;
    },
    unlock(key: string): void {
      const s = sessions.get(key);
      if (s !== undefined) s.locked = false;
    },
    /** The OS locked the screen or is suspending: every signed-in window locks. Returns how many were locked. */
    lockAll(): number {
      for (const s of sessions.values()) s.locked = true;
      return sessions.size;
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
