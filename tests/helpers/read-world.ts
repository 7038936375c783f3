import { createHash } from 'node:crypto';
import type { Actor } from '../../electron/main/mutations/types';
import { toSessionUser } from '../../electron/main/services/auth-service';
import { caseAtHearing } from './award-walk';
import { aCase } from './builders';
import { createTestCore, initialize, type TestCore } from './core';
import { pullConflict } from './sync-rows';

/**
 * The world the per-office read table runs in (electron/main/ipc/case-access-table.test.ts): a committee with two
 * stations. The reader is a person of station 东街 holding every role but 系统管理员, so no role gate answers
 * before the office rule does. The cases the reader must never see: station 西街's collective mediation case (a
 * sibling's) and the committee's arbitration case at hearing (a parent's, not linked to 东街), each with what
 * the read channels hand out — deadlines, a risk warning, a hearing, a generated document, a 送达 scan, a sync
 * conflict, an AB角 assignment and a running batch. `own` is 东街's case, which the reader sees.
 */
export type ReadWorld = {
  core: TestCore;
  admin: Actor;
  eastOffice: string;
  westOffice: string;
  own: string;
  west: string;
  arb: string;
  arbitrators: string[];
  documentId: string;
  documentSha: string;
  scanSha: string;
  conflictId: string;
  assignmentId: string;
  batchJobId: string;
  /** A day on which an open deadline of the committee's case falls (for leave clashes). */
  arbDueDate: string;
};

export const READ_NOW = Date.UTC(2026, 10, 25, 2, 0); // Wednesday 2026-11-25, 10:00 in China
export const READER_PASSWORD = 'password-123';
const CONFLICT = '0b6f2c1e-5d7a-5b3c-a1e2-3f4a5b6c7d8f';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T => {
  if (!r.ok) throw new Error(`${what}: ${r.error.message}`);
  return r.value;
};

export async function buildReadWorld(): Promise<ReadWorld> {
  const core = createTestCore({ now: () => READ_NOW });
  const admin = initialize(core);
  const s = core.services;
  const adminUser = toSessionUser(s.repos, present(s.repos.staff.get(admin.id), 'admin'));
  const station = (name: string, shortName: string) =>
    must(s.offices.createStation({ name, shortName }, admin), name).id;
  const eastOffice = station('东街道调解组织', '东街');
  const westOffice = station('西街道调解组织', '西街');
  must(
    s.staff.create(
      {
        officeId: eastOffice,
        name: '东街读者',
        username: 'east',
        password: READER_PASSWORD,
        roles: ['mediator', 'clerk', 'arbitrator', 'director'],
      },
      admin,
    ),
    'reader',
  );
  // The committee's person with every role: the sanity side of each list row (the hidden cases are there for them).
  const chief = must(
    s.staff.create(
      {
        officeId: admin.officeId as string,
        name: '委员会主任',
        username: 'chief',
        password: READER_PASSWORD,
        roles: ['admin', 'director', 'clerk', 'arbitrator', 'mediator'],
      },
      admin,
    ),
    'chief',
  );
  const register = (officeId: string, over: Parameters<typeof aCase>[1]) =>
    must(s.mutations.run('case.register', aCase(officeId, { kind: 'mediation', ...over }), admin), 'case').id;
  const own = register(eastOffice, {});
  const west = register(westOffice, { isCollective: true, workerCount: 12 });
  const { caseId: arb, arbitrators } = caseAtHearing(core, admin, { isCollective: true, workerCount: 15 });

  const [a, b] = arbitrators as [string, string];
  const assigned = must(
    s.mutations.run('case.assign', { caseId: arb, a, b, kind: 'override', reason: '测试' }, admin),
    'assign',
  );
  must(
    s.mutations.run(
      'settings.set',
      {
        key: 'committee.profile',
        value: {
          name: '示例市劳动人事争议仲裁委员会',
          shortName: '示劳',
          address: '示例市人民路 200 号',
          phone: '0591-87654321',
          sealText: '示例市劳动人事争议仲裁委员会',
          caseNumberPattern: '{简称}劳人仲案字〔{年}〕第{号}号',
          uppercaseAmounts: true,
        },
      },
      admin,
    ),
    'committee profile',
  );
  const generated = must(
    await s.documents.generate(arb, 'acceptance_notice', {}, adminUser, true),
    'generate',
  );
  if (!('document' in generated))
    throw new Error(`the document was not generated: ${JSON.stringify(generated)}`);
  const documentId = generated.document.id;
  const documentSha = present(s.repos.documents.get(documentId), 'document').blobSha256;
  const scan = Buffer.from('%PDF-1.4 送达回证扫描件（读权限测试）\n', 'utf8');
  const proof = must(
    s.attachments.upload({ name: '回执.pdf', mime: 'application/pdf', dataBase64: scan.toString('base64') }),
    'upload',
  );
  must(
    s.mutations.run(
      'case.performAction',
      {
        caseId: arb,
        action: 'service.record',
        occurredOn: '2026-09-25',
        payload: {
          document: 'hearing_notice',
          addressee: '张三',
          addresseeRole: 'applicant',
          method: 'post',
          sentOn: '2026-09-23',
          servedOn: '2026-09-25',
          evidenceFile: proof,
        },
      },
      admin,
    ),
    'service with a scan',
  );
  pullConflict({ core, director: admin }, arb, CONFLICT);
  const chiefUser = toSessionUser(s.repos, present(s.repos.staff.get(chief.id), 'chief'));
  const batch = s.batch.start([{ caseId: arb, templateId: 'acceptance_notice', options: {} }], chiefUser);
  const due = s.deadlines.list('open', { kind: 'all' }).find((d) => d.caseId === arb && d.dueDate !== null);
  if (due?.dueDate == null) throw new Error('the committee case has no open deadline');
  // A clash is a day both of the case's A角 and B角 are away: B is away that day already.
  must(
    s.mutations.run(
      'staff.recordLeave',
      { staffId: b, kind: 'leave', from: due.dueDate, to: due.dueDate },
      admin,
    ),
    'B away',
  );
  return {
    core,
    admin,
    eastOffice,
    westOffice,
    own,
    west,
    arb,
    arbitrators,
    documentId,
    documentSha,
    scanSha: createHash('sha256').update(scan).digest('hex'),
    conflictId: CONFLICT,
    assignmentId: assigned.id,
    batchJobId: batch.jobId,
    arbDueDate: due.dueDate,
  };
}

function present<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`${what} missing`);
  return v;
}

/** Signs the reader ('east') and the committee's 'chief' in through the dispatcher, each under their name. */
export async function signInBoth(core: TestCore): Promise<void> {
  for (const [key, password] of [
    ['east', READER_PASSWORD],
    ['chief', READER_PASSWORD],
  ] as const) {
    const r = await core.dispatcher.dispatch('auth:signIn', { username: key, password }, { sessionKey: key });
    if (!r.ok) throw new Error(r.error.message);
  }
}
