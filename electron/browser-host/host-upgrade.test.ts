import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { version16Database } from '../../tests/helpers/older-database';
import { TEST_SCRYPT_PARAMS } from '../../tests/helpers/core';
import { DB_FILE } from '../main/app-core';
import { devKeyStore } from '../main/db/db-key';
import { MIGRATIONS } from '../main/db/migrations';
import { progressLine, type UpgradeProgress } from '../main/db/upgrade-progress';
import { createConsoleLogger } from '../main/logger';
import { startBrowserHost, type BrowserHost } from './host';

/** The browser host on an older data folder: the upgrade's steps go to the console before it serves. */
let host: BrowserHost | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await host?.close();
  host = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the browser host at start', () => {
  it('upgrades an older database in the worker, printing each step, then serves it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ldcs-host-upgrade-'));
    dirs.push(dataDir);
    version16Database(join(dataDir, DB_FILE), devKeyStore(dataDir).create()).close();
    const steps: UpgradeProgress[] = [];
    host = await startBrowserHost({
      dataDir,
      staticDir: dataDir,
      scryptParams: TEST_SCRYPT_PARAMS,
      logger: createConsoleLogger(() => undefined),
      onUpgradeProgress: (p) => steps.push(p),
    });
    expect(steps.map((p) => progressLine({ ...p, elapsedMs: 0 }))).toEqual([
      '正在升级数据库：第 1 / 7 步：写入升级前备份（已用 0 秒）',
      '正在升级数据库：第 2 / 7 步：迁移 0017 精简审计日志并重建检索索引（已用 0 秒）',
      '正在升级数据库：第 3 / 7 步：迁移 0018 未结案件索引（已用 0 秒）',
      '正在升级数据库：第 4 / 7 步：迁移 0019 开始使用精简编号，精简程序日志索引（已用 0 秒）',
      '正在升级数据库：第 5 / 7 步：迁移 0020 精简已确认的修改记录（已用 0 秒）',
      '正在升级数据库：第 6 / 7 步：迁移 0021 精简检索的双字索引（已用 0 秒）',
      '正在升级数据库：第 7 / 7 步：整理数据库文件（已用 0 秒）',
    ]);
    expect(host.core.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });
});
