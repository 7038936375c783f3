/**
 * 生成演示数据：`npm run seed -- --cases N [--data-dir DIR] [--seed S] [--password P]`
 *
 * Opens (creating and migrating if needed) the database exactly as the app does, initialises the demo committee
 * when the database is new, then creates N cases through the mutation path (services.demo.seed: validation,
 * outbox and audit rows like any user input).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore } from '../electron/main/app-core';
import { dbSize } from './lib/db-files';
import { describeParseError, failArgs, intOption, textOption } from './lib/cli';
import { DEMO_ADMIN_PASSWORD, DEMO_COMMITTEE, DEMO_SHORT_NAME, ensureDemoAdmin } from './lib/demo-admin';
import { formatDuration, formatMB } from './lib/format';
import { createProgressBar } from './lib/progress';

export const DEFAULT_SEED = 20261125;
export const DEFAULT_CASES = 1000;

const USAGE = `用法：npm run seed -- [--cases N] [--data-dir 目录] [--seed 种子] [--password 密码]
  --cases     生成的案件数（默认 ${DEFAULT_CASES}）
  --data-dir  数据目录（默认 环境变量 LDCS_DATA_DIR 或 ./.data）
  --seed      随机种子，相同种子生成相同内容（默认 ${DEFAULT_SEED}）
  --password  新建数据库时管理员 admin 的密码（默认 ${DEMO_ADMIN_PASSWORD}，仅供演示）`;

export type SeedOptions = { cases: number; dataDir: string; seed: number; password: string };

export function parseSeedArgs(argv: readonly string[]): SeedOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        cases: { type: 'string' },
        'data-dir': { type: 'string' },
        seed: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    failArgs(`${describeParseError(e)}\n${USAGE}`);
  }
  if (values.help) return 'help';
  return {
    cases: intOption('cases', values.cases, DEFAULT_CASES, { min: 1, max: 10_000_000 }),
    dataDir: resolve(textOption('data-dir', values['data-dir'], process.env['LDCS_DATA_DIR'] || './.data')),
    seed: intOption('seed', values.seed, DEFAULT_SEED, { min: 0, max: 0xffff_ffff }),
    password: textOption('password', values.password, DEMO_ADMIN_PASSWORD),
  };
}

function main(): void {
  const opts = parseSeedArgs(process.argv.slice(2));
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const core = createAppCore({ dataDir: opts.dataDir });
  try {
    const admin = ensureDemoAdmin(core, opts.password);
    if (!admin.ok) {
      process.stderr.write(`错误：${admin.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (admin.initialized) {
      process.stdout.write(
        `已初始化：${DEMO_COMMITTEE}（简称 ${DEMO_SHORT_NAME}）\n` +
          `管理员账号：${admin.username}  密码：${opts.password}\n` +
          `注意：这是演示密码，正式使用前请务必修改！\n`,
      );
    } else {
      process.stdout.write(`数据库已初始化，使用管理员账号 ${admin.username} 生成案件\n`);
    }
    const before = core.services.setup.status().caseCount;
    const bar = createProgressBar(opts.cases, '件');
    const start = process.hrtime.bigint();
    const r = core.services.demo.seed(opts.cases, admin.actor, {
      seed: opts.seed,
      onProgress: (done) => bar.update(done),
    });
    bar.finish();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (!r.ok) {
      process.stderr.write(`生成失败：${r.error.message}\n`);
      process.exitCode = 1;
      return;
    }
    const total = core.services.setup.status().caseCount;
    const size = dbSize(core.dbPath);
    process.stdout.write(
      [
        '演示数据生成完成',
        `  本次新增：${r.value.created} 件（种子 ${opts.seed}）`,
        `  案件总数：${total} 件（此前 ${before} 件）`,
        `  用时：${formatDuration(seconds)}（${(r.value.created / Math.max(seconds, 1e-9)).toFixed(0)} 件/秒）`,
        `  数据库大小：${formatMB(size.totalBytes)}（文件 ${formatMB(size.fileBytes)} + 预写日志 ${formatMB(size.walBytes)}）`,
        `  数据库位置：${core.dbPath}`,
        '',
      ].join('\n'),
    );
  } finally {
    core.close();
  }
}

main();
