import { useEffect, useLayoutEffect, useRef } from 'react';
import { isSaveShortcut } from './focus-order';

/**
 * Ctrl+S / Cmd+S runs `save` while the calling screen is mounted. Listening on window (capture phase) covers
 * focus anywhere, including antd dropdowns rendered outside the form, and preventDefault stops the browser's
 * own "save page" dialog.
 */
export function useSaveShortcut(save: () => void): void {
  const latest = useRef(save);
  // The listener is installed once; it always calls the newest `save` (which closes over current form state).
  useLayoutEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSaveShortcut(e)) return;
      e.preventDefault();
      if (e.repeat) return;
      latest.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
