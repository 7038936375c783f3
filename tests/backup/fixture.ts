import { mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreHost, type CoreHost } from '../../electron/main/core-host';
import { createConsoleLogger } from '../../electron/main/logger';
import { aCase } from '../helpers/builders';
import { ADMIN_PASSWORD, initialize, TEST_SCRYPT_PARAMS } from '../helpers/core';
import { openKeyed } from '../helpers/keyed-db';

/** Every test runs at one pinned instant; `clock.ms` moves it ("the next day"). */
export const T0 = Date.parse('2026-11-25T02:00:00.000Z');
export type Clock = { ms: number };

export type BackupFixture = {
  dataDir: string;
  host: CoreHost;
  logs: string[];
  clock: Clock;
  call(
    channel: string,
    input: unknown,
    session?: string,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string; details?: unknown } }>;
  signInAdmin(session?: string): Promise<void>;
  registerCases(n: number): void;
  dispose(): void;
};

/** A real data folder served by the core host (restore closes and reopens the core, as the browser host does). */
export function createBackupFixture(opts: { cases?: number; dataDir?: string } = {}): BackupFixture {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'ldcs-backup-'));
  const logs: string[] = [];
  const clock: Clock = { ms: T0 };
  const host = createCoreHost({
    dataDir,
    checkOutput: true,
    logger: createConsoleLogger((l) => logs.push(l)),
    now: () => clock.ms,
    busyTimeoutMs: 50,
    scryptParams: TEST_SCRYPT_PARAMS,
  });
  const core = () => {
    const c = host.current();
    if (c === null) throw new Error('core not open');
    return c;
  };
  if (opts.dataDir === undefined) initialize(core());
  const fx: BackupFixture = {
    dataDir,
    host,
    logs,
    clock,
    call: async (channel, input, session = 's1') =>
      await host.dispatcher.dispatch(channel, input, { sessionKey: session }),
    async signInAdmin(session = 's1') {
      const r = await fx.call('auth:signIn', { username: 'admin', password: ADMIN_PASSWORD }, session);
      if (!r.ok) throw new Error(r.error?.message);
    },
    registerCases(n) {
      const c = core();
      const admin = c.services.auth.signIn('admin', ADMIN_PASSWORD);
      if (!admin.ok) throw new Error(admin.error.message);
      const actor = { id: admin.value.id, roles: admin.value.roles, officeId: admin.value.officeId };
      for (let i = 0; i < n; i++) {
        const r = c.services.mutations.run(
          'case.register',
          aCase(actor.officeId, { receivedDate: '2026-11-20' }),
          actor,
        );
        if (!r.ok) throw new Error(r.error.message);
      }
    },
    dispose() {
      host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  if (opts.cases) fx.registerCases(opts.cases);
  return fx;
}

/**
 * Damages a real file the way a failing disk does: every byte of the first page of `table`'s b-tree overwritten
 * (the file must be closed, so its WAL is checkpointed). Returns the page number.
 */
export function damageTablePage(file: string, table: string): number {
  const db = openKeyed(file, { readonly: true });
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  damagePage(file, rootpage, 0, pageSize);
  return rootpage;
}

/** Overwrites page `page` (1-based) from byte `from` to its end; page 1 from 100 keeps the header, breaks the schema. */
export function damagePage(file: string, page: number, from: number, pageSize = 4096): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize - from, 0xa5), 0, pageSize - from, (page - 1) * pageSize + from);
  closeSync(fd);
}

export const countRows = (file: string, table: string): number => {
  const db = openKeyed(file, { readonly: true });
  const n = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  db.close();
  return n;
};

export const bytesOf = (file: string) => readFileSync(file);
