import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, initialize, type TestCore } from '../../../tests/helpers/core';
import type { Actor } from '../mutations/types';

let core: TestCore;
let admin: Actor;
beforeEach(() => {
  core = createTestCore();
  admin = initialize(core);
});
afterEach(() => core.dispose());

const svc = () => core.services.claimSynonyms;

describe('常用说法 of the claim types (setting claim.synonyms)', () => {
  it('serves the shipped table until the committee saves its own, and restores it on reset', () => {
    const shipped = svc().get();
    expect(shipped.custom).toBe(false);
    expect(shipped.synonyms.wage_arrears).toContain('拖欠工资');
    expect(svc().save({ overtime: ['加点', ' 熬夜加班 '] }, admin)).toEqual({
      ok: true,
      value: { types: 1 },
    });
    expect(svc().get()).toEqual({ synonyms: { overtime: ['加点', '熬夜加班'] }, custom: true });
    expect(svc().save(null, admin).ok).toBe(true);
    expect(svc().get()).toEqual(shipped);
  });

  it('refuses a bad table with Chinese messages naming the type and word, and keeps the old one', () => {
    svc().save({ overtime: ['加点'] }, admin);
    const audits = core.services.repos.outbox.list().length;
    const r = svc().save({ overtime: ['加点', '加点'], salary: ['工资'] }, admin);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      const issues = (r.error.details as { issues: Array<{ message: string }> }).issues.map((i) => i.message);
      expect(issues).toEqual(['“加班费”第 2 个常用说法：“加点”重复', '未知的请求类型 salary']);
    }
    expect(svc().get().synonyms).toEqual({ overtime: ['加点'] });
    expect(core.services.repos.outbox.list()).toHaveLength(audits);
  });

  it('only the 主任 or the administrator may change it (checked in the core)', () => {
    const officeId = admin.officeId as string;
    const clerk = core.services.staff.create(
      { officeId, name: '书记员甲', username: 'clerk1', password: 'password-1', roles: ['clerk'] },
      admin,
    );
    if (!clerk.ok) throw new Error(clerk.error.message);
    const r = svc().save({ overtime: ['加点'] }, { id: clerk.value.id, roles: ['clerk'], officeId });
    expect(r.ok === false && r.error.code).toBe('FORBIDDEN');
    expect(svc().get().custom).toBe(false);
  });
});
