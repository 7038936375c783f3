import { CreateAdminError } from './admin/create-admin';
import { DataDirInUseError } from './db/lock';
import { ServerDbFromFutureError } from './db/migrate';
import { CliUsageError, parseCli } from './cli/args';
import { createAdminArgs, runCreateAdmin } from './cli/create-admin-cli';
import { openServerDb } from './cli/open-db';
import { serve } from './cli/serve';
import { blobsPlugin } from './blobs/plugin';
import { syncPlugin } from './sync/plugin';
import { runDeviceCommand } from './cli/devices-cli';
import { runVerifyAudit } from './cli/verify-audit-cli';

/**
 * `npm run server [-- serve|create-admin …flags]` (server/README.md). Expected failures (bad flags, the data
 * directory held by another process, a newer database, a taken user name) print their message and exit 1;
 * anything else also prints its stack, since only the operator sees this output.
 */
const EXPECTED = [CliUsageError, DataDirInUseError, ServerDbFromFutureError, CreateAdminError];

async function main(): Promise<void> {
  const cfg = parseCli(process.argv.slice(2), process.env);
  if (cfg.command === 'create-admin') {
    // Flags are checked before the database is opened, so a typo never waits for (or locks) the data directory.
    const args = createAdminArgs(cfg);
    const db = await openServerDb(cfg);
    try {
      process.stdout.write(`${await runCreateAdmin(args, db)}\n`);
    } finally {
      await db.close();
    }
    return;
  }
  if (cfg.command === 'devices' || cfg.command === 'revoke-device') {
    const db = await openServerDb(cfg);
    try {
      process.stdout.write(`${await runDeviceCommand(cfg, db)}\n`);
    } finally {
      await db.close();
    }
    return;
  }
  if (cfg.command === 'verify-audit') {
    const db = await openServerDb(cfg);
    try {
      const { text, ok } = await runVerifyAudit(db);
      process.stdout.write(`${text}\n`);
      if (!ok) process.exitCode = 1;
    } finally {
      await db.close();
    }
    return;
  }
  const db = await openServerDb(cfg);
  try {
    await serve(cfg, db, [syncPlugin, blobsPlugin]);
  } catch (e) {
    await db.close();
    throw e;
  }
}

main().catch((e: unknown) => {
  const expected = EXPECTED.some((C) => e instanceof C);
  process.stderr.write(
    `${expected ? (e as Error).message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = 1;
});
