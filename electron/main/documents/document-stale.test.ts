import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { createSampleCases, sampleTarget, type SampleCases } from '../demo/sample-cases';
import { toSessionUser } from '../services/auth-service';
import { DOCUMENT_TEMPLATES } from '../../../shared/documents/templates';
import { readDocumentXml } from './docx-inspect';

/** Main's clock, movable to "the next day". */
let t = Date.parse('2026-11-25T02:00:00Z');
let core: TestCore;
let cases: SampleCases;
let director: SessionUser;
let clerk: SessionUser;
beforeAll(() => {
  core = createTestCore({ now: () => t });
  const admin = initialize(core);
  cases = createSampleCases(core.services, admin);
  const session = (id: string) => {
    const s = core.services.repos.staff.get(id);
    if (!s) throw new Error('staff missing');
    return toSessionUser(core.services.repos, s);
  };
  director = session(admin.id);
  const c = core.services.staff.create(
    {
      officeId: director.officeId,
      name: '丁书记员',
      username: 'clerk-d',
      password: 'password-123',
      roles: ['clerk'],
    },
    admin,
  );
  if (!c.ok) throw new Error(c.error.message);
  clerk = session(c.value.id);
}, 60_000);
afterAll(() => core.dispose());

const target = (templateId: string) => {
  const tpl = DOCUMENT_TEMPLATES.find((x) => x.id === templateId);
  if (!tpl) throw new Error(templateId);
  return sampleTarget(tpl.id, tpl.kinds, tpl.options ?? [], cases);
};

const newest = (caseId: string, templateId: string, viewer: SessionUser) =>
  core.services.documents.list(caseId, viewer).find((d) => d.templateId === templateId);

describe('stale means the case data changed, not the day or the viewer', () => {
  // 送达回证 prints the person who made it (送达人); 受理通知书 prints its date.
  const templates = ['service_receipt', 'acceptance_notice'];

  it('a document stays current for another viewer and on a later day, and goes stale when a name is corrected', async () => {
    for (const id of templates) {
      const { caseId, options } = target(id);
      // Notices of a closed case warn (timing-warnings.ts); the test confirms them as a user would.
      const r = await core.services.documents.generate(caseId, id, options, director, true);
      if (!r.ok || !('document' in r.value)) throw new Error(`${id} not generated`);
    }
    const caseId = cases.awarded;
    for (const id of templates) {
      expect(newest(caseId, id, director)?.stale, id).toBe(false);
      expect(newest(caseId, id, clerk)?.stale, `${id} seen by another user`).toBe(false);
    }
    t += 86_400_000;
    for (const id of templates) expect(newest(caseId, id, clerk)?.stale, `${id} the next day`).toBe(false);

    const d = core.services.cases.get(caseId);
    const corrections = core.services.corrections.view(caseId, {
      id: director.id,
      roles: director.roles,
      officeId: director.officeId,
    });
    if (!d.ok || !corrections.ok) throw new Error('case');
    const applicant = d.value.parties.find((p) => p.role === 'applicant');
    if (!applicant) throw new Error('no applicant');
    const facts = {
      officeId: d.value.officeId,
      receivedDate: corrections.value.receiptDate,
      reasons: d.value.reasons,
      isCollective: d.value.isCollective,
      isMigrantWage: d.value.isMigrantWage,
      ...(d.value.workerCount === null ? {} : { workerCount: d.value.workerCount }),
      ...(d.value.summary === null ? {} : { summary: d.value.summary }),
      parties: d.value.parties.map((p) => {
        const o = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null)) as Record<
          string,
          unknown
        >;
        const { caseId: _c, sortOrder: _s, representsPartyId, ...rest } = o;
        return p.kind === 'agent'
          ? { ...rest, representsIndex: d.value.parties.findIndex((x) => x.id === representsPartyId) }
          : { ...rest, ...(p.id === applicant.id ? { name: '张三丰' } : {}) };
      }),
      claims: d.value.claims.map((c) =>
        Object.fromEntries(
          Object.entries(c).filter(([k, v]) => v !== null && k !== 'caseId' && k !== 'sortOrder'),
        ),
      ),
    };
    const fix = core.services.mutations.run(
      'case.correct',
      { caseId, facts, reason: '申请人姓名录入错误' },
      { id: director.id, roles: director.roles, officeId: director.officeId },
    );
    if (!fix.ok) throw new Error(fix.error.message);
    expect(fix.value.changes.map((c) => c.label)).toEqual([`当事人 ${applicant.name} · 姓名/名称`]);
    for (const id of templates)
      expect(newest(caseId, id, clerk)?.stale, `${id} after the correction`).toBe(true);

    const again = await core.services.documents.generate(
      caseId,
      'service_receipt',
      target('service_receipt').options,
      clerk,
      true,
    );
    if (!again.ok || !('document' in again.value)) throw new Error('regenerate');
    expect(again.value.created).toBe(true);
    expect(newest(caseId, 'service_receipt', director)?.stale).toBe(false);
    const file = core.services.documents.download(again.value.document.id);
    if (!file.ok) throw new Error(file.error.message);
    const xml = await readDocumentXml(Buffer.from(file.value.dataBase64, 'base64'));
    expect(xml).toContain('张三丰');
  }, 60_000);
});
