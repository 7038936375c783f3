/**
 * While the lock screen shows, everything else in the page is inert: no focus, no clicks, hidden from screen
 * readers. Each top-level child of <body> but `keep` — the app's root and any antd modal, drawer or dropdown
 * portalled beside it — gets `inert`, so nothing behind the lock can be reached with Tab. Returns the undo, which
 * touches only the elements it made inert (one that was inert already stays so).
 */
export function makeOthersInert(keep: Element): () => void {
  const changed: Element[] = [];
  for (const el of Array.from(document.body.children)) {
    if (el === keep || el.hasAttribute('inert')) continue;
    el.setAttribute('inert', '');
    changed.push(el);
  }
  return () => {
    for (const el of changed) el.removeAttribute('inert');
  };
}
