import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` (shared, main core, server, scripts, cross-layer tests — real SQLite, no Electron) and
 * `e2e` (the built renderer in Debian's Chromium against the browser host). Nothing here needs the Electron binary.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'renderer/**/*.test.ts',
            'tests/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // expect.poll's own default (1 s) is shorter than a page's reload after a step on a loaded 2-core CI
          // machine; a poll waits for the UI, it does not assert speed.
          expect: { poll: { timeout: 15_000 } },
          // Stopgap, not a fix: about one full run in two on the loaded 2-core CI loses one UI action (a click
          // whose effect never shows — a different step each time, never reproduced locally). A failed step is
          // run once more from its start; a step that fails twice fails the run. Tracked in issue 14's note.
          retry: 1,
        },
      },
    ],
  },
});
