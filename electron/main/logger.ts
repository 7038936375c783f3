import { randomBytes } from 'node:crypto';

/** Unexpected errors stay in main with their stack; the renderer gets only the id to quote. */
export type Logger = {
  error: (e: unknown, context: Record<string, unknown>) => string;
  info: (message: string, context?: Record<string, unknown>) => void;
};

export function createConsoleLogger(
  sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  return {
    error(e, context) {
      const errorId = randomBytes(4).toString('hex');
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      sink(JSON.stringify({ level: 'error', errorId, at: new Date().toISOString(), ...context, detail }));
      return errorId;
    },
    info(message, context = {}) {
      sink(JSON.stringify({ level: 'info', at: new Date().toISOString(), message, ...context }));
    },
  };
}
