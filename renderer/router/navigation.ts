/**
 * Navigation with a single leave-guard. The register form installs a guard while it is dirty; every in-app
 * navigation (menu, buttons, sign-out) asks it first, and hash changes from outside (Back, a typed URL) are
 * undone and re-applied only after the user confirms.
 */
type Guard = () => Promise<boolean>;

let guard: Guard | null = null;
let currentHash = typeof window === 'undefined' ? '' : window.location.hash;
let bypassNextChange = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

export function subscribeHash(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const getHash = (): string => currentHash;

/** Install a guard; returns the uninstaller. A newer guard replaces an older one (one dirty form at a time). */
export function setLeaveGuard(g: Guard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** True when leaving is fine (no guard, or the user confirmed). */
export async function confirmLeave(): Promise<boolean> {
  return guard === null ? true : guard();
}

export async function navigate(hash: string): Promise<void> {
  if (hash === currentHash) return;
  if (!(await confirmLeave())) return;
  guard = null;
  bypassNextChange = true;
  window.location.hash = hash;
}

function onHashChange(): void {
  const next = window.location.hash;
  if (bypassNextChange || guard === null) {
    bypassNextChange = false;
    currentHash = next;
    notify();
    return;
  }
  // Put the guarded page back (pushState fires no hashchange), then ask.
  const previous = currentHash;
  window.history.pushState(null, '', previous === '' ? window.location.pathname : previous);
  void navigate(next);
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', onHashChange);
