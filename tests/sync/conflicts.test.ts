import { clientShortId } from '../../shared/util/compact-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { ServerDb } from '../../server/db/types';
import { openTestDb } from '../../server/testing/test-db';
import { COMMITTEE, U, seedOffices, staffRow } from '../../server/testing/sync-fixture';
import { uid } from '../../server/testing/wire-builders';
import { commitRows } from '../../server/sync/rows';
import { aCase } from '../helpers/builders';
import { currentFacts } from '../helpers/current-facts';
import { idNumber } from '../helpers/sync-rows';
import { enrolledDesktop, listeningSyncServer, type Desktop } from './desktops';

/**
 * Conflicts go to a person (issue 12 item 1), through real desktops and the real server: two people correct the
 * same applicant's 公民身份号码 offline; the value committed first stays and the other is held in one conflict
 * record every desktop pulls; while it is open the case cannot be closed nor a document issued; an arbitrator
 * cannot resolve it; the director resolves it with a reason and every desktop shows the chosen value; a second,
 * concurrent resolution is refused with who was first.
 */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
const ARB = uid('u-arb1');

describe('a conflicting legal edit goes to a person', () => {
  let db: ServerDb;
  let app: FastifyInstance;
  let a: Desktop;
  let b: Desktop;
  let c: Desktop;
  let caseId = '';
  let applicantId = '';
  let conflictId = '';

  beforeAll(async () => {
    db = await openTestDb('pglite');
    await seedOffices(db);
    await db.tx((q) =>
      commitRows(q, [staffRow(ARB, COMMITTEE, 'arb1', ['arbitrator', 'clerk'])], {
        clientId: null,
        mutationId: null,
      }),
    );
    const server = await listeningSyncServer(db, () => new Date(NOW));
    app = server.app;
    const director = {
      id: U.admin,
      roles: ['admin', 'director', 'clerk', 'arbitrator'] as const,
      officeId: COMMITTEE,
    };
    a = await enrolledDesktop(server.url, {
      username: 'admin',
      password: 'pw-admin',
      actor: { ...director, roles: [...director.roles] },
      now: NOW,
    });
    b = await enrolledDesktop(server.url, {
      username: 'arb1',
      password: 'pw-arb1',
      actor: { id: ARB, roles: ['arbitrator', 'clerk'], officeId: COMMITTEE },
      now: NOW + 1000,
    });
    c = await enrolledDesktop(server.url, {
      username: 'admin',
      password: 'pw-admin',
      actor: { ...director, roles: [...director.roles] },
      now: NOW + 2000,
    });
  });
  afterAll(async () => {
    for (const d of [a, b, c]) d.core.dispose();
    await app.close();
    await db.close();
  });

  const run = (d: Desktop, name: string, args: unknown) =>
    d.core.services.mutations.run(name as never, args, d.actor);
  const ok = (d: Desktop, name: string, args: unknown) => {
    const r = run(d, name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const applicantIdNumber = (d: Desktop) =>
    d.core.services.repos.rowReader.get('party', applicantId)?.idNumber;
  const withIdNumber = (d: Desktop, value: string) => {
    const f = currentFacts(d.core, caseId, d.actor);
    return { ...f, parties: f.parties.map((p) => (p.id === applicantId ? { ...p, idNumber: value } : p)) };
  };

  it('keeps the value committed first and holds the other in one conflict record on every desktop', async () => {
    for (const d of [a, b, c]) await d.sync();
    const reg = ok(a, 'case.register', aCase(COMMITTEE, { receivedDate: '2026-11-20' }));
    caseId = String(reg['id']);
    // The arbitrator is the case's A角, so may correct it (the committee's default correction rule).
    ok(a, 'case.assign', { caseId, a: ARB, b: U.admin, kind: 'override', reason: '指定承办' });
    await a.sync();
    for (const d of [b, c]) await d.sync();
    applicantId =
      b.core.services.repos.rowReader.list('party', { caseId }).find((p) => p.role === 'applicant')?.id ?? '';
    expect(applicantId).not.toBe('');

    // Both offline: each corrects the applicant's ID number to a different value.
    ok(a, 'case.correct', { caseId, facts: withIdNumber(a, idNumber(201)), reason: '身份证号录错' });
    ok(b, 'case.correct', { caseId, facts: withIdNumber(b, idNumber(302)), reason: '按身份证原件更正' });
    await a.sync();
    const res = await b.sync();
    expect(res.rejected, JSON.stringify(b.core.services.sync.rejected())).toBe(0);
    for (const d of [a, b, c]) await d.sync();

    for (const d of [a, b, c]) {
      expect(applicantIdNumber(d)).toBe(idNumber(201));
      const open = d.core.services.conflicts.list({ caseId });
      expect(open).toHaveLength(1);
      const [conflict] = open;
      expect(conflict?.subject).toBe('当事人 张三（申请人）');
      expect(conflict?.fields.find((f) => f.field === 'idNumber')).toMatchObject({
        label: '公民身份号码',
        keptText: idNumber(201),
        otherText: idNumber(302),
        mergeable: false,
      });
      expect(conflict?.kept.by).toBe('admin');
      expect(conflict?.other.by).toBe('arb1');
      conflictId = conflict?.id ?? '';
    }
    expect(b.core.services.conflicts.list({ caseId })[0]?.other.device).toBe('本机');
    // Elsewhere the device is named by the 6 hex digits of its provisional case numbers (PROV-xxxxxx-…).
    const bShort = clientShortId(b.core.services.repos.meta.get('client_id') ?? '');
    expect(bShort).toMatch(/^[0-9a-f]{6}$/);
    expect(a.core.services.conflicts.list({ caseId })[0]?.other.device).toBe(`设备 ${bShort}`);
    // Surfaced once: more rounds bring no second record.
    for (const d of [a, b]) await d.sync();
    expect(a.core.services.conflicts.list({ includeResolved: true })).toHaveLength(1);
  });

  it('refuses to issue a document from the case while the conflict is open', () => {
    const sha = a.core.blobs.put(Buffer.from('docx')).sha256;
    const r = run(a, 'documents.record', {
      caseId,
      templateId: 'acceptance_notice',
      options: '{}',
      title: '受理通知书',
      dataHash: 'a'.repeat(64),
      blobSha256: sha,
      fileName: 'x.docx',
      size: 4,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('同步冲突尚未处理（当事人·公民身份号码');
  });

  it('lets only the director resolve it', () => {
    const r = b.core.services.conflicts.resolve(
      { conflictId, choice: 'other', reason: '以原件为准' },
      b.actor,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    expect(b.core.services.conflicts.list({ caseId })).toHaveLength(1);
  });

  it('applies the chosen value everywhere, records it in the timeline, and refuses a second resolution', async () => {
    const r = a.core.services.conflicts.resolve(
      { conflictId, choice: 'other', reason: '以身份证原件为准' },
      a.actor,
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(applicantIdNumber(a)).toBe(idNumber(302));
    // C, offline, resolves the same conflict the other way before it has heard of A's resolution.
    const late = c.core.services.conflicts.resolve({ conflictId, choice: 'kept', reason: '维持' }, c.actor);
    expect(late.ok).toBe(true);
    await a.sync();
    await c.sync();
    await b.sync();
    for (const d of [a, b, c]) {
      expect(applicantIdNumber(d)).toBe(idNumber(302));
      expect(d.core.services.conflicts.list({ caseId })).toEqual([]);
      const [done] = d.core.services.conflicts.list({ caseId, includeResolved: true });
      expect(done?.resolved).toMatchObject({ by: 'admin', choice: 'other', reason: '以身份证原件为准' });
    }
    const refused = c.core.services.sync.rejected();
    expect(refused.map((x) => [x.code, x.label])).toEqual([['already_resolved', '处理同步冲突']]);
    expect(refused[0]?.reason).toMatch(/^该冲突已由admin于2026-11-25 \d\d:\d\d处理$/);
    const timeline = b.core.services.cases.timeline(caseId);
    if (!timeline.ok) throw new Error(timeline.error.message);
    const steps = timeline.value.filter((e) => ['case.corrected', 'case.conflictResolved'].includes(e.type));
    // All three steps, whatever order the pinned device clocks give them.
    expect(steps.map((e) => `${e.type} ${e.actorName ?? ''}`).sort()).toEqual([
      'case.conflictResolved admin',
      'case.corrected admin',
      'case.corrected arb1',
    ]);
  });
});
