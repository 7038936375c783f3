import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { boundaries } from '../../eslint.boundaries.js';

/**
 * The layer rules must be able to fail: probe files that break them are linted with the project's boundary
 * rules and type-checked with the layer's own tsconfig (lib/types), and each must be refused.
 */
const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

async function lintErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.message);
}

describe('import boundaries (lint)', () => {
  const refused: [string, string][] = [
    ['shared/probe.ts', "import { app } from 'electron';"],
    ['shared/probe.ts', "import React from 'react';"],
    ['shared/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/domain/probe.ts', "import { x } from '../../electron/main/app-core';"],
    ['shared/probe.ts', "import { x } from '../renderer/app/App';"],
    ['renderer/probe.ts', "import Database from 'better-sqlite3';"],
    ['renderer/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/features/probe.ts', "import { x } from '../../electron/main/db/connection';"],
    ['electron/main/services/probe.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/probe.ts', "import { x } from '../../renderer/api/client';"],
    ['electron/preload/probe.ts', "import { ipc } from '../../shared/contracts/ipc';"],
    ['electron/preload/probe.ts', "import { x } from '../main/app-core';"],
    ['server/probe.ts', "import { x } from '../electron/main/app-core';"],
    ['server/http/probe.ts', "import { x } from '../../renderer/api/client';"],
    ['server/sync/probe.ts', "import { hashPassword } from '../../electron/main/auth/password';"],
    ['server/probe.ts', "import Database from 'better-sqlite3';"],
  ];
  it.each(refused)('%s: %s is refused', async (file, code) => {
    expect(await lintErrors(file, code)).not.toEqual([]);
  });

  const allowed: [string, string][] = [
    ['shared/probe.ts', "import { z } from 'zod';"],
    ['renderer/probe.ts', "import { ipc } from '../shared/contracts/ipc';"],
    ['electron/main/shell/probe.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/index.ts', "import { app } from 'electron';"],
    [
      'server/sync/probe.ts',
      "import pg from 'pg';\nimport { ENTITY_SPECS } from '../../shared/sync/entities';",
    ],
    [
      'electron/preload/probe.ts',
      "import { isChannel } from '../../shared/contracts/channels';\nimport { contextBridge } from 'electron';",
    ],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, code) => {
    expect(await lintErrors(file, code)).toEqual([]);
  });
});

describe('renderer features, components and pages (lint)', () => {
  const feature = /may not import another feature/;
  const composition = /may not import pages\/ or app\//;
  const generic = /components\/ are generic/;
  const layer = /this layer may not import/;
  const refused: [string, string, RegExp][] = [
    ['renderer/features/elements/probe.ts', "import { x } from '../cases/use-save-shortcut';", feature],
    ['renderer/features/deadlines/probe.tsx', "import { x } from '../procedure/deadline-display';", feature],
    [
      'renderer/features/procedure/probe.ts',
      "import type { F } from '../cases/register-form-model';",
      feature,
    ],
    [
      'renderer/features/cases/limitation/probe.ts',
      "import { P } from '../../procedure/ProcedurePanel';",
      feature,
    ],
    [
      'renderer/features/documents/probe.ts',
      "import { x } from '../../features/settings/rules-display';",
      feature,
    ],
    ['renderer/features/settings/probe.ts', "export { CasePage } from '../../pages/CasePage';", composition],
    ['renderer/features/cases/probe.ts', "import { RouteView } from '../../app/RouteView';", composition],
    ['renderer/components/probe.ts', "import { caseNumber } from '../features/cases/case-display';", generic],
    ['renderer/components/probe.ts', "import { SettingsPage } from '../pages/SettingsPage';", generic],
    // The per-feature blocks replace the renderer block's options: the layer's own limits must still hold.
    ['renderer/features/cases/probe.ts', "import { x } from '../../../electron/main/db/connection';", layer],
    ['renderer/components/probe.ts', "import Database from 'better-sqlite3';", layer],
  ];
  it.each(refused)('%s: %s is refused', async (file, code, why) => {
    expect((await lintErrors(file, code)).join('\n')).toMatch(why);
  });

  const allowed: [string, string][] = [
    [
      'renderer/pages/probe.tsx',
      "import { ProcedurePanel } from '../features/procedure/ProcedurePanel';\nimport { CaseTimeline } from '../features/cases/CaseTimeline';",
    ],
    [
      'renderer/app/probe.tsx',
      "import { CasePage } from '../pages/CasePage';\nimport { x } from '../features/calendar/CalendarBanner';",
    ],
    [
      'renderer/features/cases/probe.ts',
      "import { statusTag } from '../../components/case-status-tag';\nimport { caseNumber } from './case-display';\nimport { hrefFor } from '../../router/hash-route';",
    ],
    [
      'renderer/features/cases/limitation/probe.ts',
      "import type { RegisterForm } from '../register-form-model';",
    ],
    [
      'renderer/components/probe.ts',
      "import { fileSizeText } from './file-bytes';\nimport { z } from 'zod';",
    ],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, code) => {
    expect(await lintErrors(file, code)).toEqual([]);
  });

  // Read like the config reads it, so a new feature folder is probed here without editing this test.
  const features = readdirSync(join(root, 'renderer', 'features'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  it('finds the feature folders', () => {
    expect(features).toEqual(expect.arrayContaining(['cases', 'procedure', 'settings']));
  });
  it.each(features)('features/%s may import itself but no other feature', async (name) => {
    const other = features.find((f) => f !== name) ?? 'none';
    const errors = await lintErrors(
      `renderer/features/${name}/probe.ts`,
      `import { x } from '../${other}/x';`,
    );
    expect(errors.join('\n')).toMatch(feature);
    expect(await lintErrors(`renderer/features/${name}/probe.ts`, "import { x } from './x';")).toEqual([]);
  });
});

describe('layer globals (typecheck)', () => {
  // .cache is not in a clean clone until some other test or script makes it; the order of files is not fixed
  mkdirSync(join(root, '.cache'), { recursive: true });
  const tmp = mkdtempSync(join(root, '.cache', 'probe-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function typecheck(layerConfig: string, code: string): string {
    const probe = join(tmp, 'probe.ts');
    writeFileSync(probe, code);
    const config = join(tmp, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: relative(tmp, join(root, layerConfig)),
        compilerOptions: {
          composite: false,
          noEmit: true,
          emitDeclarationOnly: false,
          declaration: false,
          rootDir: tmp,
          tsBuildInfoFile: null,
        },
        include: [],
        files: ['probe.ts'],
      }),
    );
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], {
        encoding: 'utf8',
      });
      return '';
    } catch (e) {
      return String((e as { stdout?: string }).stdout);
    }
  }

  it('a DOM type in shared/ does not compile', () => {
    expect(typecheck('tsconfig.shared.json', 'export const w = document.title;')).toMatch(/TS2584|TS2304/);
  }, 60_000);
  it('a Node global in shared/ does not compile', () => {
    expect(typecheck('tsconfig.shared.json', 'export const b = Buffer.from("x");')).toMatch(
      /TS2580|TS2591|TS2304/,
    );
  }, 60_000);
  it('a Node global in renderer/ does not compile', () => {
    expect(typecheck('tsconfig.renderer.json', 'export const e = process.env;')).toMatch(
      /TS2580|TS2591|TS2304/,
    );
  }, 60_000);
  it('plain code in shared/ does compile (the probe itself is sound)', () => {
    expect(typecheck('tsconfig.shared.json', 'export const n: number = [1, 2].length;')).toBe('');
  }, 60_000);
});
