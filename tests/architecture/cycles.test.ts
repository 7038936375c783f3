import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { cycles } from '../../eslint.cycles.js';

/**
 * The import-cycle rule must be able to fail: a file is linted as if it were edited to import a module that
 * already imports it (directly or through others), and the rule must name the cycle; the files as they are pass.
 */
const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...cycles],
});

async function cycleErrors(file: string, extraImport = ''): Promise<string[]> {
  const text = `${extraImport}\n${readFileSync(join(root, file), 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/no-import-cycle').map((m) => m.message);
}

describe('import cycles (lint)', () => {
  it('refuses a direct cycle: validate/date ← util/day-number, and date importing day-number back', async () => {
    const errors = await cycleErrors(
      'shared/validate/date.ts',
      "import { dayOf } from '../util/day-number';",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'shared/validate/date.ts → shared/util/day-number.ts → shared/validate/date.ts',
    );
  });

  it('refuses a cycle through several modules, even by a type-only import', async () => {
    const errors = await cycleErrors(
      'shared/validate/date.ts',
      "import type { Deadline } from '../deadlines/deadline';\nimport type { DeadlineRule } from '../deadlines/compute';",
    );
    expect(errors.some((e) => e.includes('shared/deadlines/compute.ts'))).toBe(true);
  });

  it('refuses the services ↔ documents cycle the narrow DocumentSources port removed', async () => {
    const errors = await cycleErrors(
      'electron/main/documents/document-service.ts',
      "import type { Services } from '../services';",
    );
    expect(errors.join('\n')).toContain('electron/main/services/index.ts');
  });

  it.each([
    'shared/validate/date.ts',
    'electron/main/documents/document-service.ts',
    'shared/procedure/service.ts',
  ])('%s as it is has no cycle', async (file) => {
    expect(await cycleErrors(file)).toEqual([]);
  });
});
