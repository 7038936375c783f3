// `npm start`'s failures that a person can fix (no network, a mirror to set): one short message, no stack trace.
export class StartupError extends Error {}

/** The line of a child's stderr that says what failed (an HTTP or socket error), not its stack frames. */
export function causeOf(stderr) {
  const lines = String(stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ') && !l.startsWith('node:') && l !== '^');
  const named = lines.find((l) => /Error\b|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|404|403/.test(l));
  return (named ?? lines[0] ?? '未知原因').slice(0, 200);
}

/** Prints a StartupError's message and exits 1; anything else is a bug and keeps its stack. */
export function reportStartupFailure(e) {
  if (!(e instanceof StartupError)) throw e;
  process.stderr.write(`\n${e.message}\n`);
  process.exit(1);
}
