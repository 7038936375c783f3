/**
 * The file name the PDF save dialog suggests, from the name the page sent (issue 15 item 7). The page is not
 * trusted to choose a folder: only a base name is kept — no directories, no separators of either platform, no
 * '..', none of the characters Windows refuses — and the dialog opens in the user's documents folder.
 */
const MAX_NAME = 120;
// Characters Windows refuses in a file name, and control characters (as their code points, so no control
// character is written into this file).
const REFUSED = new RegExp(`[<>:"|?*${String.fromCharCode(0)}-${String.fromCharCode(31)}]`, 'g');

export function pdfFileName(suggested: string): string {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(REFUSED, '')
    .replace(/\.{2,}/g, '.')
    // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const stem =
    cleaned
      .replace(/\.pdf$/i, '')
      .slice(0, MAX_NAME)
      .trim() || '文书';
  return `${stem}.pdf`;
}
