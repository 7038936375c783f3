import { defineConfig } from 'vitest/config';

/**
 * Two projects: `node` (shared, main core, server, scripts, cross-layer tests — real SQLite, no Electron) and
 * `e2e` (the built renderer in Debian's Chromium against the browser host). Nothing here needs the Electron binary.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core machines this runs on. Most
    // files wait on fsync (synchronous=FULL), PostgreSQL or Chromium rather than on the CPU, so two workers take
    // about a third off the node project's time.
    maxWorkers: 2,
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
          sequence: { groupOrder: 0 },
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
          // After the node project, not beside it: a page step waits on Chromium and the browser host, and a
          // CPU-bound node file beside it is what makes a UI wait run long on 2 cores. Two E2E files at a time (each
          // its own browser host, Chromium and ports): their waits overlap — 473 s → 377 s for the project on this
          // machine under a load average of 10, every step passing.
          sequence: { groupOrder: 1 },
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
