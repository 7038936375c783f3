import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleManifest, MANIFEST_PATH } from '../../../shared/documents/bundle/manifest.schema';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { createSampleCases, type SampleCases } from '../demo/sample-cases';
import type { Actor } from '../mutations/types';
import { toSessionUser } from '../services/auth-service';
import { normalizedText } from './docx-inspect';

// 导出移送法院材料 (issue 13 item 5) through the real core on a real SQLite file: the sample 裁决 case with two
// versions of one document, the service records (one with an uploaded 送达回证 scan) and both sides' 要素表.

const PASSWORD = 'password-123';
const PROOF = Buffer.from('%PDF-1.4 送达回证扫描件（测试）\n', 'utf8');
const sha = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

let core: TestCore;
let admin: Actor;
let adminUser: SessionUser;
let cases: SampleCases;

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const sessionOf = (id: string): SessionUser => {
  const row = core.services.repos.staff.get(id);
  if (row === null) throw new Error('staff missing');
  return toSessionUser(core.services.repos, row);
};
const setAddress = (address: string) =>
  must(
    core.services.mutations.run(
      'settings.set',
      {
        key: 'committee.profile',
        value: {
          name: '示例市劳动人事争议仲裁委员会',
          shortName: '示劳',
          address,
          phone: '0591-87654321',
          sealText: '示例市劳动人事争议仲裁委员会',
          caseNumberPattern: '{简称}劳人仲案字〔{年}〕第{号}号',
          uppercaseAmounts: true,
        },
      },
      admin,
    ),
  );
async function generate(templateId: string, options: Record<string, string> = {}) {
  const r = must(await core.services.documents.generate(cases.awarded, templateId, options, adminUser, true));
  if (!('document' in r)) throw new Error(`${templateId} not produced`);
  return r.document;
}

beforeAll(async () => {
  core = createTestCore({ now: () => Date.parse('2026-11-25T02:00:00Z') });
  admin = initialize(core);
  adminUser = sessionOf(admin.id);
  cases = createSampleCases(core.services, admin);
  await generate('acceptance_notice');
  setAddress('示例市人民路 200 号');
  await generate('acceptance_notice');
  await generate('clue_referral');
  const clerk = core.services.repos.staff.list().find((s) => s.name === '林晓燕');
  const proof = must(
    core.services.attachments.upload({
      name: '回执 扫描.pdf',
      mime: 'application/pdf',
      dataBase64: PROOF.toString('base64'),
    }),
  );
  must(
    core.services.mutations.run(
      'case.performAction',
      {
        caseId: cases.awarded,
        action: 'service.record',
        occurredOn: '2026-10-25',
        payload: {
          document: 'award',
          addressee: '张三',
          addresseeRole: 'applicant',
          method: 'post',
          sentOn: '2026-10-23',
          servedOn: '2026-10-25',
          serverId: clerk?.id,
          evidenceFile: proof,
        },
      },
      admin,
    ),
  );
}, 120_000);
afterAll(() => core.dispose());

async function exported(caseId: string, user: SessionUser) {
  const b = must(await core.services.courtBundle.build(caseId, user));
  const zip = await JSZip.loadAsync(b.bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  const bytesOf = async (path: string) => {
    const f = zip.file(path);
    if (f === null) throw new Error(`${path} not in the zip`);
    return f.async('nodebuffer');
  };
  return { b, names, bytesOf };
}

describe('the court bundle (移送法院材料)', () => {
  it('holds the index, the latest version of each document, the service proofs, the 要素表 and the evidence list', async () => {
    const { b, names } = await exported(cases.awarded, adminUser);
    expect(b.fileName).toBe('示劳劳人仲案字〔2026〕第1号-移送法院材料.zip');
    expect(names[0]).toBe('00-卷宗目录.docx');
    expect(names).toContain(MANIFEST_PATH);
    const docs = names.filter((n) => n.startsWith('01-文书/'));
    expect(docs).toHaveLength(2);
    expect(docs.some((n) => /受理通知书.*-v2\.docx$/.test(n))).toBe(true);
    expect(docs.some((n) => /-v1\.docx$/.test(n) && n.includes('受理通知书'))).toBe(false);
    expect(docs.some((n) => n.includes('劳动保障监察线索移送函'))).toBe(true);
    expect(names).toContain('02-送达回证/送达情况登记表.docx');
    expect(names).toContain('02-送达回证/2026-10-25-回执_扫描.pdf');
    expect(names.filter((n) => n.startsWith('03-要素表/'))).toHaveLength(2);
    expect(names).toContain('04-证据材料/证据材料清单.docx');
  });

  it('lists every file in manifest.json with the SHA-256 and size of the bytes in the zip', async () => {
    const { names, bytesOf } = await exported(cases.awarded, adminUser);
    const manifest = BundleManifest.parse(JSON.parse((await bytesOf(MANIFEST_PATH)).toString('utf8')));
    expect(manifest.caseId).toBe(cases.awarded);
    expect([...manifest.files.map((f) => f.path), MANIFEST_PATH].sort()).toEqual([...names].sort());
    for (const f of manifest.files) {
      const bytes = await bytesOf(f.path);
      expect(sha(bytes), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.size);
    }
    // The scan reaches the court byte for byte.
    expect(await bytesOf('02-送达回证/2026-10-25-回执_扫描.pdf')).toEqual(PROOF);
  });

  it('names each file in the 卷宗目录 and gives each hash in the evidence list', async () => {
    const { names, bytesOf } = await exported(cases.awarded, adminUser);
    const index = await normalizedText(await bytesOf('00-卷宗目录.docx'));
    expect(index).toContain('卷宗目录');
    for (const n of names.filter((x) => x !== '00-卷宗目录.docx' && x !== MANIFEST_PATH))
      expect(index, n).toContain(n);
    const list = await normalizedText(await bytesOf('04-证据材料/证据材料清单.docx'));
    const manifest = BundleManifest.parse(JSON.parse((await bytesOf(MANIFEST_PATH)).toString('utf8')));
    for (const f of manifest.files.filter((x) => x.category !== 'index' && x.title !== '证据材料清单'))
      expect(list, f.path).toContain(f.sha256);
    const sheet = names.find((n) => n.startsWith('03-要素表/') && n.includes('加班'));
    const sheetText = await normalizedText(await bytesOf(sheet ?? ''));
    expect(sheetText).toContain('有争议');
    expect(sheetText).toContain('仲裁庭认定');
  });

  it('refuses someone whose office may not see the case, through the IPC channel too', async () => {
    const station = must(
      core.services.mutations.run(
        'office.create',
        {
          kind: 'station',
          name: '某街道劳动争议调解中心',
          shortName: '某街',
          parentId: admin.officeId as string,
        },
        admin,
      ),
    ).id;
    const mediator = must(
      core.services.staff.create(
        {
          officeId: station,
          name: '街道调解员',
          username: 'stationmed',
          password: PASSWORD,
          roles: ['mediator'],
        },
        admin,
      ),
    );
    const r = await core.services.courtBundle.build(cases.awarded, sessionOf(mediator.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!r.ok) expect(r.error.message).toContain('无权查看');

    const call = (channel: string, input: unknown) =>
      core.dispatcher.dispatch(channel, input, { sessionKey: 's1' });
    must(await call('auth:signIn', { username: 'stationmed', password: PASSWORD }));
    const viaIpc = await call('documents:courtBundle', { caseId: cases.awarded });
    expect(viaIpc).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  // Last: it damages the stored scan.
  it('refuses to export a damaged evidence file, naming it', async () => {
    const h = sha(PROOF);
    writeFileSync(join(core.dataDir, 'blobs', h.slice(0, 2), h.slice(2, 4), h), 'tampered');
    const r = await core.services.courtBundle.build(cases.awarded, adminUser);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '“回执 扫描.pdf”的文件已损坏（校验值不符），不能导出' },
    });
  });
});
