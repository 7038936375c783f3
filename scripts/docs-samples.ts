/**
 * `npm run docs:samples -- <dir>`: one .docx of every document template, generated through the app's own path
 * from seeded demo cases (an awarded arbitration case, a settled one, a mediation agreement, a failed mediation,
 * a refused application). Used by tests, reviews and the README's screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAppCore } from '../electron/main/app-core';
import { createSampleCases, sampleTarget } from '../electron/main/demo/sample-cases';
import { toActor, toSessionUser } from '../electron/main/services/auth-service';
import { hashPassword } from '../electron/main/auth/password';
import { SYSTEM_ACTOR } from '../electron/main/mutations/types';
import { quietLogger } from './lib/quiet-logger';

const out = process.argv[2];
if (out === undefined || out.startsWith('-')) {
  process.stderr.write('用法：npm run docs:samples -- <输出目录>\n');
  process.exit(2);
}
const dir = resolve(out);
mkdirSync(dir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-samples-'));
// Sample dates lie in the autumn of 2026; "today" is fixed after them so every step is in the past.
const core = createAppCore({ dataDir, logger: quietLogger, now: () => Date.parse('2026-11-25T02:00:00Z') });
try {
  const init = core.services.mutations.run(
    'setup.initialize',
    {
      committeeName: '示例市劳动人事争议仲裁委员会',
      shortName: '示劳',
      adminName: '李书记',
      username: 'samples',
      passwordHash: hashPassword('samples-only-1'),
    },
    SYSTEM_ACTOR,
  );
  if (!init.ok) throw new Error(init.error.message);
  const staff = core.services.repos.staff.get(init.value.adminId);
  if (!staff) throw new Error('admin missing');
  const user = toSessionUser(core.services.repos, staff);
  const cases = createSampleCases(core.services, toActor(user));
  const written: string[] = [];
  for (const t of core.services.documents.templates()) {
    const { caseId, options } = sampleTarget(t.id, t.kinds, t.options, cases);
    // Samples are wanted even for notices whose timing would be warned about (most sample cases are closed).
    const r = await core.services.documents.generate(caseId, t.id, options, user, true);
    if (!r.ok) throw new Error(`${t.title}: ${r.error.message}`);
    if ('missing' in r.value)
      throw new Error(`${t.title} 缺少：${r.value.missing.map((m) => m.fact).join('、')}`);
    if (!('document' in r.value)) throw new Error(`${t.title} 未生成`);
    const file = core.services.documents.download(r.value.document.id);
    if (!file.ok) throw new Error(file.error.message);
    const name = `${String(written.length + 1).padStart(2, '0')}-${t.id}-${t.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.docx`;
    writeFileSync(join(dir, name), Buffer.from(file.value.dataBase64, 'base64'));
    written.push(name);
  }
  process.stdout.write(
    `已生成 ${written.length} 份文书样本：${dir}\n${written.map((n) => `  ${n}`).join('\n')}\n`,
  );
} finally {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
