import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** SQL stays inside electron/main/db/: the project's lint config refuses a prepared statement anywhere else. */
const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as the text of an existing file (typed linting needs a file the project knows). */
async function sqlErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const probe = (dbImport: string) => `import type { Db } from '${dbImport}';
export const count = (db: Db): unknown => db.prepare('SELECT count(*) AS n FROM cases').get();
`;

describe('SQL inside db/ (lint)', () => {
  it('refuses a prepared statement in a service', async () => {
    expect(await sqlErrors('electron/main/services/case-service.ts', probe('../db/connection'))).toEqual([
      'SQL belongs in electron/main/db/ (a repository method returning a typed record).',
    ]);
  });

  it('allows it in a repository', async () => {
    expect(await sqlErrors('electron/main/db/repositories/case.repo.ts', probe('../connection'))).toEqual([]);
  });
});
