/**
 * Who is signed in, per caller: an Electron webContents (`wc:<id>`) or a browser-host cookie. Only the user id is
 * kept; the account is re-read on every call so a deactivated account is signed out at once.
 */
export function createSessionStore() {
  const users = new Map<string, string>();
  return {
    get: (key: string): string | null => users.get(key) ?? null,
    set: (key: string, userId: string): void => void users.set(key, userId),
    clear: (key: string): void => void users.delete(key),
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
