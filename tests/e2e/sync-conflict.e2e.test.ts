import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../shared/validate/id-number';
import { aCase } from '../helpers/builders';
import { api } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { startSyncServer, type SyncServer } from './sync-server';
import { ui } from './ui';
import { connect, waitForState } from './sync-desktop';

/**
 * Issue 12's conflict acceptance end to end: one real server process and two browser-host desktops of one
 * committee. With the server down, each desktop corrects the same applicant's 公民身份号码 to a different value
 * (更正, through the form); both sync; the case shows 有冲突 on both; the director resolves it on 冲突处理 with a
 * reason; both desktops show the chosen value, no mark, and the timeline holds both corrections and the
 * resolution.
 */
const ADMIN = { username: 'admin', password: 'admin-password-1' };
const SECOND = { username: 'zhuren2', password: 'zhuren2-password-1' };
const WORKER = '欧阳秋实';
const STATE_TIMEOUT = 30_000;
const validId = (seq: number) => {
  const body = `35010219900101${String(seq).padStart(3, '0')}`;
  return body + idNumberCheckChar(body);
};
const ID_A = validId(111);
const ID_B = validId(222);

let server: SyncServer;
let a: E2E;
let b: E2E;
let caseId = '';

beforeAll(async () => {
  [server, a, b] = await Promise.all([
    startSyncServer({
      ...ADMIN,
      name: '王主任',
      committee: '示例市劳动人事争议仲裁委员会',
      shortName: '示例',
    }),
    startE2E({ syncIntervalMs: 1_000 }),
    startE2E({ syncIntervalMs: 1_000 }),
  ]);
}, 180_000);
afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose(), server?.dispose()]);
});

const applicantIdOn = async (page: Page): Promise<string | null> => {
  const c = await api<{ parties: { role: string; idNumber: string | null }[] }>(page, 'cases:get', {
    id: caseId,
  });
  return c.parties.find((p) => p.role === 'applicant')?.idNumber ?? null;
};

async function openCase(d: E2E): Promise<void> {
  await d.page.goto(`${d.host.url}#/cases/${caseId}`);
  await d.page.reload();
  await d.page.locator('[data-testid="case-page"]').waitFor();
}

/** 更正 through the case page's form: the applicant's ID number, with a reason. */
async function correctIdNumber(d: E2E, value: string, reason: string): Promise<void> {
  const { byTestId } = ui(() => d.page);
  await openCase(d);
  await byTestId('case-correct').first().click();
  await byTestId('correct-form').waitFor();
  await d.page.locator('#party-0-idNumber').fill(value);
  await byTestId('correct-reason').fill(reason);
  await byTestId('correct-review').click();
  // The preview, or the form's own error (named, so a failure here says which field and why).
  await byTestId('correct-preview').or(byTestId('correct-error')).waitFor();
  if (await byTestId('correct-error').isVisible()) {
    const fields = await d.page.locator('.ant-form-item-explain-error, [role="alert"]').allInnerTexts();
    throw new Error(`更正预览未出现：${await byTestId('correct-error').innerText()} ${fields.join('；')}`);
  }
  await byTestId('correct-confirm').click();
  await byTestId('correct-modal').waitFor({ state: 'detached' });
}

describe('two desktops correct the same ID number offline; the director decides', () => {
  it('both desktops connect and hold the same case', async () => {
    await connect(a.page, server.url, ADMIN);
    await waitForState(a.page, 'synced');
    const me = await api<{ officeId: string }>(a.page, 'auth:me', {});
    // Set-up the test is not about: a second director account and the case, through the contract.
    await api(a.page, 'staff:create', {
      officeId: me.officeId,
      name: '李主任',
      username: SECOND.username,
      password: SECOND.password,
      roles: ['director'],
    });
    const reg = await api<{ id: string }>(a.page, 'cases:register', {
      ...aCase(me.officeId, { receivedDate: '2026-11-20' }),
      parties: [
        { kind: 'worker', role: 'applicant', name: WORKER, idNumber: '11010519491231002X' },
        {
          kind: 'employer',
          role: 'respondent',
          name: '示例市秋实贸易有限公司',
          creditCode: '91350100M000100Y43',
        },
      ],
    });
    caseId = reg.id;
    await waitForState(a.page, 'synced');
    await connect(b.page, server.url, SECOND);
    // Its first pull complete, not just the applicant's row: the server stops next, and a case whose claims
    // had not arrived yet could not be corrected (the form would refuse it for want of a claim).
    await waitForState(b.page, 'synced');
    await expect.poll(() => applicantIdOn(b.page), { timeout: STATE_TIMEOUT }).toBe('11010519491231002X');
  });

  it('with the server down each corrects the applicant’s ID number differently', async () => {
    await server.stop();
    await correctIdNumber(a, ID_A, '依申请人身份证复印件更正');
    await correctIdNumber(b, ID_B, '依申请人当庭出示的身份证原件更正');
    expect(await applicantIdOn(a.page)).toBe(ID_A);
    expect(await applicantIdOn(b.page)).toBe(ID_B);
  });

  it('after both sync, both hold the value committed first and the case shows 有冲突', async () => {
    await server.start();
    await waitForState(a.page, 'synced');
    await waitForState(b.page, 'synced');
    await expect
      .poll(async () => [await applicantIdOn(a.page), await applicantIdOn(b.page)].join(), {
        timeout: STATE_TIMEOUT,
      })
      .toMatch(new RegExp(`^(${ID_A},${ID_A}|${ID_B},${ID_B})$`));
    for (const d of [a, b]) {
      await expect
        .poll(async () => (await api<unknown[]>(d.page, 'conflicts:list', { caseId })).length, {
          timeout: STATE_TIMEOUT,
        })
        .toBe(1);
      await openCase(d);
      await d.page.locator('[data-testid="case-conflicts"]').waitFor();
      expect(await d.page.locator('[data-testid="case-parties"] [data-testid="conflict-tag"]').count()).toBe(
        1,
      );
    }
    expect(await a.page.locator('[data-testid="case-conflicts"]').innerText()).toContain('公民身份号码');
    await screenshot(b.page, 'conflict-01-case-marked');
  });

  it('the director resolves it on 冲突处理 with a reason', async () => {
    const { byTestId } = ui(() => a.page);
    await byTestId('case-conflicts-open').click();
    await byTestId('conflicts-page').waitFor();
    const card = a.page.locator('[data-testid^="conflict-"][class*="conflict-card"]').first();
    await card.waitFor();
    const kept = await byTestId('conflict-kept-idNumber').innerText();
    const other = await byTestId('conflict-other-idNumber').innerText();
    expect([kept, other].sort()).toEqual([ID_A, ID_B].sort());
    expect(await card.innerText()).toMatch(/王主任[\s\S]*李主任|李主任[\s\S]*王主任/);
    await screenshot(a.page, 'conflict-02-side-by-side');
    await byTestId('conflict-choose-other').click();
    // No reason, no resolution.
    await byTestId('conflict-resolve-confirm').click();
    await expect.poll(() => byTestId('conflict-resolve').innerText()).toContain('请填写理由');
    await byTestId('conflict-resolve-reason').fill('经核对身份证原件，以后提交的号码为准');
    await byTestId('conflict-resolve-confirm').click();
    await byTestId('conflicts-empty').waitFor({ timeout: 15_000 });
    await waitForState(a.page, 'synced');
    for (const d of [a, b])
      await expect.poll(() => applicantIdOn(d.page), { timeout: STATE_TIMEOUT }).toBe(other);
  });

  it('both desktops show the chosen value, no mark, and all three steps in the timeline', async () => {
    for (const d of [a, b]) {
      await expect
        .poll(async () => (await api<unknown[]>(d.page, 'conflicts:list', { caseId })).length, {
          timeout: STATE_TIMEOUT,
        })
        .toBe(0);
      await openCase(d);
      const page = d.page;
      expect(await page.locator('[data-testid="case-conflicts"]').count()).toBe(0);
      expect(await page.locator('[data-testid="conflict-tag"]').count()).toBe(0);
      expect(await page.locator('[data-testid="case-parties"]').innerText()).toContain(
        await applicantIdOn(page),
      );
      const items = page.locator('[data-testid="case-timeline-item"]');
      await expect
        .poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-type')).sort()))
        .toEqual(expect.arrayContaining(['case.conflictResolved', 'case.corrected', 'case.corrected']));
      const resolved = page.locator(
        '[data-testid="case-timeline-item"][data-event-type="case.conflictResolved"]',
      );
      const text = await resolved.innerText();
      expect(text).toContain('处理同步冲突');
      expect(text).toContain('理由：经核对身份证原件');
      expect(text).toContain('王主任');
    }
    await screenshot(b.page, 'conflict-03-resolved-timeline');
  });

  it('showed no errors in either browser console', () => {
    expect(a.consoleErrors).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
