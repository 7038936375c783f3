import { powerMonitor } from 'electron';

/**
 * Issue 15 item 3: when the OS locks the screen or goes to sleep, every signed-in session locks in the core (the
 * window's lock screen appears at its next call or check; the work on screen is kept underneath). Returns a
 * function that removes the listeners. The browser host has no powerMonitor: there only the idle timer locks.
 */
export function installPowerLock(lockSessions: () => void): () => void {
  const onEvent = (): void => lockSessions();
  // Named one by one: Electron types each event as its own overload.
  powerMonitor.on('lock-screen', onEvent);
  powerMonitor.on('suspend', onEvent);
  return () => {
    powerMonitor.removeListener('lock-screen', onEvent);
    powerMonitor.removeListener('suspend', onEvent);
  };
}
