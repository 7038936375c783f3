import { fileStatus } from '../../electron/main/sync/derive-status';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobErrorKey } from '../../electron/main/sync/local-blob-side';
import type { ServerDb } from '../../server/db/types';
import { COMMITTEE, STATION, U, seedOffices } from '../../server/testing/sync-fixture';
import { openTestDb } from '../../server/testing/test-db';
import { aCase } from '../helpers/builders';
import {
  enrolledBlobDesktop,
  listeningBlobServer,
  type BlobDesktop,
  type ServerCounters,
} from './blob-desktops';

/**
 * Evidence files between real desktops and the real server over HTTP on loopback (issue 12 item 2): chunked,
 * resumable upload, entries held back until their file is confirmed, downloads hash-checked, eager for open
 * cases and on demand for archived ones.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
const CHUNK = 1000;

const bytesOf = (size: number, seed: number): Buffer => {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed * 17) % 251;
  return b;
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence files between desktops and the server', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let counters: ServerCounters;
  let station: BlobDesktop;
  let committee: BlobDesktop;

  beforeAll(async () => {
    db = await openTestDb('pglite');
    await seedOffices(db);
    const server = await listeningBlobServer(db, () => new Date(NOW));
    app = server.app;
    counters = server.counters;
    const common = { now: NOW, chunkSize: CHUNK };
    station = await enrolledBlobDesktop(server.url, {
      ...common,
      username: 'med1',
      password: 'pw-med1',
      actor: { id: U.med1, roles: ['mediator'], officeId: STATION },
    });
    committee = await enrolledBlobDesktop(server.url, {
      ...common,
      username: 'admin',
      password: 'pw-admin',
      actor: { id: U.admin, roles: ['admin', 'director', 'clerk', 'arbitrator'], officeId: COMMITTEE },
    });
    await station.sync();
    await committee.sync();
  });
  afterAll(async () => {
    station.core.dispose();
    committee.core.dispose();
    await app.close();
    await db.close();
  });

  const run = (d: BlobDesktop, name: string, args: unknown) => {
    const r = d.core.services.mutations.run(name as never, args, d.actor);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const register = (d: BlobDesktop) =>
    String(run(d, 'case.register', aCase(STATION, { kind: 'mediation' }))['id']);
  /** A file attached on the desktop (stored and queued) and a document row referencing it. */
  const attachDocument = (d: BlobDesktop, caseId: string, file: Buffer) => {
    const up = d.core.services.attachments.upload({
      name: '证据.pdf',
      mime: 'application/pdf',
      dataBase64: file.toString('base64'),
    });
    if (!up.ok) throw new Error(up.error.message);
    const doc = run(d, 'documents.record', {
      caseId,
      templateId: 'acceptance_notice',
      options: '{}',
      title: '受理通知书',
      dataHash: 'a'.repeat(64),
      blobSha256: up.value.sha256,
      fileName: '受理通知书.docx',
      size: file.length,
    });
    return { sha256: up.value.sha256, documentId: String(doc['id']) };
  };
  const pushedNames = (d: BlobDesktop) => d.net.pushed.flatMap((p) => p.mutations.map((m) => m.name));
  const serverHas = async (sha256: string) =>
    (await db.query<{ complete: boolean }>('SELECT complete FROM blobs WHERE sha256 = $1', [sha256])).rows[0]
      ?.complete === true;

  it('uploads in chunks, then pushes the entry that references the file; a second upload of it is skipped', async () => {
    const caseId = register(station);
    const file = bytesOf(4500, 1);
    const { sha256 } = attachDocument(station, caseId, file);
    const before = { ...counters };
    const r = await station.sync();
    expect(r).toMatchObject({ pushed: 2, rejected: 0 });
    expect(await serverHas(sha256)).toBe(true);
    expect(counters.puts - before.puts).toBe(5);
    expect(counters.putBytes - before.putBytes).toBe(file.length);
    // The same file attached again (another case): HEAD says the server has it, no byte is sent.
    attachDocument(station, register(station), file);
    const again = { ...counters };
    expect(await station.sync()).toMatchObject({ pushed: 2, rejected: 0 });
    expect(counters.puts).toBe(again.puts);
  });

  it('resumes after a dropped connection without resending a confirmed chunk', async () => {
    const caseId = register(station);
    const file = bytesOf(5000, 2);
    const { sha256 } = attachDocument(station, caseId, file);
    const before = { ...counters };
    // The server stores the third chunk, but its answer never arrives.
    station.net.loseAnswerAfterPuts = 2;
    await expect(station.sync()).rejects.toThrow(/无法连接中心服务器/);
    station.net.loseAnswerAfterPuts = null;
    expect(await serverHas(sha256)).toBe(false);
    expect(station.core.services.repos.outbox.countByState().pending).toBeGreaterThan(0);
    expect(await station.sync()).toMatchObject({ rejected: 0 });
    expect(await serverHas(sha256)).toBe(true);
    // Every byte reached the server exactly once, the chunk whose answer was lost included.
    expect(counters.putBytes - before.putBytes).toBe(file.length);
    expect(station.core.services.repos.outbox.countByState().pending).toBe(0);
  });

  it('holds back an entry whose file is not confirmed (and every later one), and pushes it once it is', async () => {
    const caseId = register(station);
    await station.sync();
    const file = bytesOf(2500, 3);
    const { sha256 } = attachDocument(station, caseId, file);
    const later = register(station);
    station.net.refusePuts = true;
    station.net.pushed.length = 0;
    await station.sync();
    expect(pushedNames(station)).not.toContain('documents.record');
    expect(pushedNames(station)).not.toContain('case.register');
    expect(await serverHas(sha256)).toBe(false);
    expect(station.core.services.repos.outbox.countByState()).toMatchObject({ pending: 2 });
    expect(station.core.services.repos.meta.get(blobErrorKey(sha256))).toContain('测试：拒收');

    station.net.refusePuts = false;
    expect(await station.sync()).toMatchObject({ pushed: 2, rejected: 0 });
    expect(pushedNames(station)).toContain('documents.record');
    expect(station.core.services.repos.outbox.countByState().pending).toBe(0);
    expect(station.core.services.repos.meta.get(blobErrorKey(sha256))).toBeNull();
    expect(later).toBeTruthy();
  });

  it('downloads the files of open cases, checking the hash: a tampered download is not kept and is retried', async () => {
    const caseId = register(station);
    const file = bytesOf(3200, 4);
    const { sha256, documentId } = attachDocument(station, caseId, file);
    await station.sync();
    committee.net.tamperDownloads = true;
    await committee.sync();
    expect(committee.core.services.documents.download(documentId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(committee.core.services.repos.meta.get(blobErrorKey(sha256))).toContain('校验失败');
    // The sync status counts it and says why (a failed file holds back what names it).
    const open = fileStatus(committee.core.services.repos.blobQueue.openTransfers());
    expect(open.failed).toBeGreaterThan(0);
    expect(open.reason).toMatch(/^下载文件失败：.*校验失败/);
    committee.net.tamperDownloads = false;
    await committee.sync();
    const got = committee.core.services.documents.download(documentId);
    expect(got.ok && sha(Buffer.from(got.value.dataBase64, 'base64'))).toBe(sha256);
    expect(committee.core.services.repos.meta.get(blobErrorKey(sha256))).toBeNull();
    expect(fileStatus(committee.core.services.repos.blobQueue.openTransfers())).toEqual({
      waiting: 0,
      failed: 0,
      reason: null,
    });
  });

  it("leaves an archived case's files on the server until they are opened", async () => {
    const caseId = register(station);
    run(station, 'case.performAction', {
      caseId,
      action: 'med.accept',
      occurredOn: '2026-11-20',
      payload: {},
    });
    run(station, 'case.performAction', {
      caseId,
      action: 'med.withdrawn',
      occurredOn: '2026-11-21',
      payload: {},
    });
    await station.sync();
    await committee.sync();
    run(committee, 'case.performAction', {
      caseId,
      action: 'case.archived',
      occurredOn: '2026-11-24',
      payload: {},
    });
    await committee.sync();
    await station.sync();
    const file = bytesOf(1800, 5);
    const { sha256, documentId } = attachDocument(station, caseId, file);
    await station.sync();
    await committee.sync();
    expect(committee.core.services.repos.cases.get(caseId)?.status).toBe('archived');
    expect(committee.core.services.documents.download(documentId).ok).toBe(false);
    expect(await committee.fetchBlob(sha256)).toBe(true);
    expect(committee.core.services.documents.download(documentId).ok).toBe(true);
  });
});
