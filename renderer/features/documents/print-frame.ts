const FRAME_ID = 'doc-print-frame';

/**
 * Prints self-contained HTML (documents:printHtml) with the browser's own dialog: the HTML goes into a hidden
 * iframe (srcdoc, so nothing is fetched and no script runs in it) and the frame alone is printed, as one job. The
 * previous frame is replaced, so a second print never prints the first document again.
 */
export function printInFrame(html: string): void {
  document.getElementById(FRAME_ID)?.remove();
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.setAttribute('data-testid', FRAME_ID);
  frame.setAttribute('aria-hidden', 'true');
  frame.title = '打印';
  frame.tabIndex = -1;
  // Zero-sized rather than display:none, which some browsers refuse to print.
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0',
  });
  frame.addEventListener(
    'load',
    () => {
      const w = frame.contentWindow;
      if (w === null) return;
      w.focus();
      w.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.appendChild(frame);
}
