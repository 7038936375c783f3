/**
 * Line and column (1-based) of a character offset: the JSON editors (期限规则, 要素表模板) turn JSON.parse's
 * "position N" into words a clerk can find in the text box.
 */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, position));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
