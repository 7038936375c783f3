/**
 * 崩溃浸泡测试：`npm run soak:crash [-- --kills 100 --seed 1]`
 *
 * The kill -9 harness of tests/durability (a child registers cases through the app's mutation runner and reports
 * each id after its transaction returned), with more kills than `npm test` runs: every reported commit must be
 * there at the end and PRAGMA integrity_check must pass. Exit code 1 on any violation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore } from '../../electron/main/app-core';
import { checkIntegrity } from '../../electron/main/db/integrity';
import { createRng } from '../../shared/util/seeded-random';
import { bundleChild, runAndKill } from '../../tests/durability/kill9';
import { describeParseError, failArgs, intOption } from '../lib/cli';

let values;
try {
  ({ values } = parseArgs({
    strict: true,
    options: { kills: { type: 'string' }, seed: { type: 'string' } },
  }));
} catch (e) {
  failArgs(`${describeParseError(e)}\n用法：npm run soak:crash -- [--kills N] [--seed S]`);
}
const kills = intOption('kills', values.kills, 100, { min: 1, max: 100_000 });
const seed = intOption('seed', values.seed, 1, { min: 0, max: 2 ** 31 });

const dir = mkdtempSync(join(tmpdir(), 'ldcs-crash-soak-'));
try {
  const child = await bundleChild(dir);
  const random = createRng(seed);
  const dataDir = join(dir, 'data');
  const reported: string[] = [];
  for (let k = 1; k <= kills; k++) {
    reported.push(...(await runAndKill(child, dataDir, 30 + random.next() * 600)));
    process.stdout.write(`\r第 ${k}/${kills} 次 SIGKILL，已报告提交 ${reported.length} 条`);
  }
  process.stdout.write('\n');
  const core = createAppCore({ dataDir, now: () => Date.parse('2026-11-25T02:00:00.000Z') });
  const integrity = checkIntegrity(core.db);
  const missing = reported.filter((id) => !core.services.cases.get(id).ok);
  core.close();
  process.stdout.write(
    `完整性检查：${integrity.ok ? '通过' : integrity.problems.join('；')}\n丢失的已报告提交：${missing.length} 条\n`,
  );
  process.exitCode = integrity.ok && missing.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
