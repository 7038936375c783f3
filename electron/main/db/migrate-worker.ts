import { parentPort, workerData } from 'node:worker_threads';
import { DbOpenError, openDatabase, type Db } from './connection';
import { packOnOpen, type PackedOnOpen } from './free-pages';
import { migrate, type MigrateStep } from './migrate';
import type { MigrateWorkerData, MigrateWorkerFailure, MigrateWorkerReply } from './migrate-worker-protocol';
import { MIGRATIONS } from './migrations';

/**
 * The start-up upgrade's worker thread (migrate-in-worker.ts starts it): its own keyed connection, opened as the
 * core opens it (openDatabase: WAL, synchronous=FULL, foreign keys on), then exactly what the core would do on
 * its thread — `migrate` with the pre-migration backup, then `packOnOpen` — so the file ends as an in-process
 * upgrade leaves it, while the app's thread stays free to draw the progress window. The core then opens the file
 * with nothing left to do. Each migration is its own transaction: the process killed half-way leaves the file at
 * the last finished one (and the backup), and the next start goes on from there.
 */
const port = parentPort;
if (port === null) throw new Error('migrate-worker.ts runs only as a worker thread');
const data = workerData as MigrateWorkerData;
const send = (r: MigrateWorkerReply) => port.postMessage(r);

function failureOf(e: unknown): MigrateWorkerFailure {
  const code = (e as { code?: unknown }).code;
  return {
    message: e instanceof Error ? e.message : String(e),
    dbOpenCode: e instanceof DbOpenError ? e.code : null,
    code: typeof code === 'string' ? code : null,
  };
}

function upgrade(db: Db): void {
  const started = Date.now();
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = Math.max(0, MIGRATIONS.length - from);
  // The backup (written only when an existing file is migrated), each migration, and the packing at the end.
  const backup = from > 0 && pending > 0;
  const total = (backup ? 1 : 0) + pending + 1;
  let step = 0;
  const report = (title: string) =>
    send({ type: 'step', step: ++step, total, title, elapsedMs: Date.now() - started, backup });
  const titleOf = (s: MigrateStep) =>
    s.kind === 'backup'
      ? '写入升级前备份'
      : `迁移 ${String(s.migration.version).padStart(4, '0')} ${s.migration.title ?? s.migration.name}`;
  const r = migrate(db, MIGRATIONS, { backupDir: data.backupDir, onStep: (s) => report(titleOf(s)) });
  report('整理数据库文件');
  // As in the core: only space is at stake, so a failed VACUUM is reported and the upgrade still counts.
  let packed: PackedOnOpen = null;
  let packError: string | null = null;
  try {
    packed = packOnOpen(db);
  } catch (e) {
    packError = e instanceof Error ? e.message : String(e);
  }
  send({ type: 'done', from: r.from, to: r.to, backupFile: r.backupFile, packed, packError });
}

let db: Db | undefined;
try {
  db = openDatabase(data.file, {
    fileMustExist: true,
    ...(data.nativeBinding !== null ? { nativeBinding: data.nativeBinding } : {}),
    ...(data.keyHex !== null ? { key: Buffer.from(data.keyHex, 'hex') } : {}),
  });
  send({ type: 'ready' });
  upgrade(db);
} catch (e) {
  send({ type: 'failed', error: failureOf(e) });
} finally {
  // Closed before the thread ends: the app's thread opens the file again once this thread has exited.
  db?.close();
}
