import type { Logger } from '../../electron/main/logger';

/** A logger for scripts: info lines are dropped, errors still reach stderr with their stack. */
export const quietLogger: Logger = {
  error: (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 'script';
  },
  info: () => undefined,
};
