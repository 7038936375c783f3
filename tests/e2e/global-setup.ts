import { existsSync } from 'node:fs';
import { build } from 'vite';

/** Builds the renderer once for all E2E files: the tests drive the same bundle the desktop app loads. */
export default async function setup(): Promise<void> {
  if (!existsSync('/usr/bin/chromium'))
    throw new Error(
      'E2E tests need Debian Chromium: apt-get install -y --no-install-recommends chromium fonts-noto-cjk (.ci/run does this)',
    );
  await build({ configFile: 'vite.config.ts', logLevel: 'error' });
}
