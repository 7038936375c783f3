import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app } from 'electron';

const ARG_PREFIX = '--data-dir=';
export const DATA_DIR_ENV = 'LDCS_DATA_DIR';

export type DataDirSource = 'argument' | 'environment' | 'userData';

/**
 * Where the database, backups and logs live: `--data-dir=<dir>`, else $LDCS_DATA_DIR, else Electron's
 * per-user folder. Pure (no fs, no app) so the precedence is unit-testable.
 */
export function pickDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: () => string,
): { dir: string; source: DataDirSource } {
  // The last occurrence wins, like most CLIs, so a wrapper script can override an earlier default.
  const fromArg = argv
    .filter((a) => a.startsWith(ARG_PREFIX))
    .at(-1)
    ?.slice(ARG_PREFIX.length);
  if (fromArg !== undefined && fromArg.trim() !== '')
    return { dir: path.resolve(fromArg), source: 'argument' };
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return { dir: path.resolve(fromEnv), source: 'environment' };
  return { dir: userDataDir(), source: 'userData' };
}

/**
 * Resolves and creates the data directory. Call before app 'ready': with an explicit directory we also move
 * Chromium's profile (userData) under it, so two instances with different data dirs neither share caches nor
 * trip over each other's single-instance lock (which is keyed by userData).
 */
export function prepareDataDir(
  argv: readonly string[] = process.argv,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const { dir, source } = pickDataDir(argv, env, () => app.getPath('userData'));
  mkdirSync(dir, { recursive: true });
  if (source !== 'userData') {
    const profile = path.join(dir, 'electron-profile');
    mkdirSync(profile, { recursive: true });
    app.setPath('userData', profile);
  }
  return dir;
}
