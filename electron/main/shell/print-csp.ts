/**
 * The print window's Content Security Policy (issue 15 item 7): a document is static text and inline styles,
 * so nothing may load or run — no scripts (JavaScript is also off in the window), no fetches, no frames, no
 * fonts or images from anywhere but inline data. A data: page has no response headers, so the policy travels as
 * a <meta> at the top of <head>, before anything it governs.
 */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;

/** The document HTML with the policy as the first element of its head (or ahead of everything, without one). */
export function withPrintCsp(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head === null) return `${META}${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${META}${html.slice(at)}`;
}
