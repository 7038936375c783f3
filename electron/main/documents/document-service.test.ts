import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TEMPLATES } from '../../../shared/documents/templates';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import { readDocumentXml } from './docx-inspect';
import { createSampleCases, sampleTarget, type SampleCases } from '../demo/sample-cases';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { toActor, toSessionUser } from '../services/auth-service';

let core: TestCore;
let cases: SampleCases;
let user: SessionUser;
beforeAll(() => {
  core = createTestCore({ now: () => Date.parse('2026-11-25T02:00:00Z') });
  const admin = initialize(core);
  cases = createSampleCases(core.services, admin);
  const staff = core.services.repos.staff.get(admin.id);
  if (!staff) throw new Error('admin missing');
  user = toSessionUser(core.services.repos, staff);
}, 60_000);
afterAll(() => core.dispose());

const target = (templateId: string) => {
  const t = DOCUMENT_TEMPLATES.find((x) => x.id === templateId);
  if (!t) throw new Error(templateId);
  return sampleTarget(t.id, t.kinds, t.options ?? [], cases);
};

describe('one click from the case', () => {
  it('generates every template from the sample cases as a valid .docx kept with the case', async () => {
    for (const t of DOCUMENT_TEMPLATES) {
      const { caseId, options } = target(t.id);
      // Confirmed: the sample cases are mostly closed, so several notices come with timing warnings.
      const r = await core.services.documents.generate(caseId, t.id, options, user, true);
      if (!r.ok) throw new Error(`${t.id}: ${r.error.message}`);
      if (!('document' in r.value)) throw new Error(`${t.id} not produced: ${JSON.stringify(r.value)}`);
      expect(r.value.created, t.id).toBe(true);
      const file = core.services.documents.download(r.value.document.id);
      if (!file.ok) throw new Error(file.error.message);
      const xml = await readDocumentXml(Buffer.from(file.value.dataBase64, 'base64'));
      expect(xml, t.id).toContain('w:w="11906"');
    }
    const outbox = core.services.repos.outbox.list().filter((o) => o.name === 'documents.record');
    expect(outbox).toHaveLength(DOCUMENT_TEMPLATES.length);
    expect(outbox.every((o) => o.blobDeps !== null)).toBe(true);
  }, 120_000);

  it('keeps versions: unchanged data reuses the version, changed data adds one and keeps the old', async () => {
    const first = await core.services.documents.generate(cases.awarded, 'tribunal_notice', {}, user, true);
    if (!first.ok || !('document' in first.value)) throw new Error('tribunal notice failed');
    expect(first.value.created).toBe(false);
    const v1 = first.value.document.version;
    core.services.mutations.run(
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
      { id: user.id, roles: user.roles, officeId: user.officeId },
    );
    expect(
      core.services.documents.list(cases.awarded, user).find((d) => d.templateId === 'tribunal_notice')
        ?.stale,
    ).toBe(true);
    const second = await core.services.documents.generate(cases.awarded, 'tribunal_notice', {}, user, true);
    if (!second.ok || !('document' in second.value)) throw new Error('tribunal notice failed');
    expect(second.value).toMatchObject({ created: true, document: { version: v1 + 1, stale: false } });
    const versions = core.services.documents
      .list(cases.awarded, user)
      .filter((d) => d.templateId === 'tribunal_notice');
    expect(versions.map((d) => d.version)).toEqual([v1 + 1, v1]);
  });

  it('lists every missing fact with where to enter it, instead of producing a blank', async () => {
    const r = await core.services.documents.generate(
      cases.notAccepted,
      'hearing_notice',
      { addressee: 'applicant' },
      user,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect('missing' in r.value).toBe(true);
    if ('missing' in r.value) {
      expect(r.value.missing.length).toBeGreaterThan(0);
      expect(r.value.missing.every((m) => m.where.startsWith('#/'))).toBe(true);
    }
  });

  it('warns before producing a notice after the event it announces, and produces it only once confirmed', async () => {
    const item = { addressee: 'applicant' };
    const check = core.services.documents.check(cases.awarded, 'hearing_notice', item, user);
    if (!check.ok) throw new Error(check.error.message);
    expect(check.value.missing).toEqual([]);
    expect(check.value.warnings.join('；')).toMatch(/开庭日期 \d{4}-\d{2}-\d{2} 已过/);
    const before = core.services.repos.outbox.list().length;
    const unconfirmed = await core.services.documents.generate(cases.awarded, 'hearing_notice', item, user);
    if (!unconfirmed.ok) throw new Error(unconfirmed.error.message);
    expect(unconfirmed.value).toEqual({ unconfirmed: check.value.warnings });
    expect(core.services.repos.outbox.list()).toHaveLength(before);
    const confirmed = await core.services.documents.generate(
      cases.awarded,
      'hearing_notice',
      item,
      user,
      true,
    );
    if (!confirmed.ok || !('document' in confirmed.value)) throw new Error('not produced');
    expect(confirmed.value.warnings).toEqual(check.value.warnings);
    const printed = core.services.documents.printHtml(
      [{ caseId: cases.awarded, templateId: 'hearing_notice', options: item }],
      user,
    );
    expect(printed.ok && printed.value.warnings).toMatchObject([
      {
        caseId: cases.awarded,
        templateId: 'hearing_notice',
        warnings: check.value.warnings,
        title: '开庭通知书',
      },
    ]);
    const refused = core.services.documents.printable(
      [{ caseId: cases.awarded, templateId: 'hearing_notice', options: item }],
      false,
      user,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      core.services.documents.printable(
        [{ caseId: cases.awarded, templateId: 'hearing_notice', options: item }],
        true,
        user,
      ).ok,
    ).toBe(true);
  });

  it('prints several documents as one combined job', () => {
    const r = core.services.documents.printHtml(
      [
        { caseId: cases.awarded, templateId: 'tribunal_notice', options: {} },
        { caseId: cases.awarded, templateId: 'award', options: target('award').options },
      ],
      user,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.missing).toEqual([]);
    expect((r.value.html.match(/<section class="doc">/g) ?? []).length).toBe(2);
    expect(r.value.html).toContain('@page { size: A4');
  });

  it('signs with the case’s people, never with whoever generates: two users get the same documents', () => {
    // Issue 10 item 4: 书记员, 送达人, 记录人 and 承办人 come from the case; DocContext has no user at all.
    const other = core.services.mutations.run(
      'staff.create',
      {
        officeId: user.officeId,
        name: '钱多多',
        username: 'qian-duoduo',
        passwordHash:
          'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        roles: ['director'],
      },
      toActor(user),
    );
    if (!other.ok) throw new Error(other.error.message);
    const staff = core.services.repos.staff.get(other.value.id);
    if (!staff) throw new Error('staff missing');
    const second = toSessionUser(core.services.repos, staff);
    const items = DOCUMENT_TEMPLATES.flatMap((t) => {
      const choices = t.options?.find((o) => o.key === 'part')?.choices ?? [{ value: '' }];
      return choices.map((c) => {
        const { caseId, options } = target(t.id);
        return {
          caseId,
          templateId: t.id,
          options: c.value === '' ? options : { ...options, part: c.value },
        };
      });
    });
    const a = core.services.documents.printHtml(items, user);
    const b = core.services.documents.printHtml(items, second);
    if (!a.ok || !b.ok) throw new Error('print failed');
    expect(a.value.missing).toEqual([]);
    expect(b.value.html).toBe(a.value.html);
    // (The first user recorded every sample step, so its name appears only where an event's actor belongs.)
    expect(a.value.html).not.toContain('钱多多');
    expect(a.value.html).toContain('林晓燕');
  });
});
