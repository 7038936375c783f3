import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 3 end to end: a clerk takes a case from failed mediation to award — acceptance, service, tribunal,
 * hearing notice, suspension and resumption — and sees each deadline move and explain itself.
 */
let e2e: E2E;
let page: Page;
const { byTestId, pick, setDate } = ui(() => page);
const ARBITRATORS = ['周仲裁', '吴仲裁', '郑仲裁'];
// The first-start administrator (a director, who takes every step) and a clerk who may not make the award.
const ADMIN = { username: 'clerk', password: 'e2e-password-1' };
const CLERK = { username: 'clerk2', password: 'clerk-password-1' };

beforeAll(async () => {
  // Pinned: the deadline tones (met / overdue) and open suspensions are judged against today.
  e2e = await startE2E({ at: Date.parse('2026-12-04T02:00:00Z') });
  page = e2e.page;
  const firstOfficeId = await firstStart(page, {
    name: '李书记',
    username: ADMIN.username,
    password: ADMIN.password,
  });
  const officeId = firstOfficeId;
  await api(page, 'staff:create', {
    officeId,
    name: '钱书记',
    username: CLERK.username,
    password: CLERK.password,
    roles: ['clerk'],
  });
  for (const [i, name] of ARBITRATORS.entries())
    await api(page, 'staff:create', {
      officeId,
      name,
      username: `arb${i}`,
      password: 'arb-password-1',
      roles: ['arbitrator'],
    });
  const c = await api<{ id: string }>(page, 'cases:register', {
    kind: 'mediation',
    officeId,
    receivedDate: '2026-09-01',
    reasons: ['unlawful_termination'],
    isCollective: false,
    isMigrantWage: false,
    summary: '被申请人无故解除劳动合同。',
    parties: [
      { kind: 'worker', role: 'applicant', name: '赵春花', idNumber: '11010519491231002X' },
      {
        kind: 'employer',
        role: 'respondent',
        name: '示例市春晖物流有限公司',
        creditCode: '91350100M000100Y43',
      },
    ],
    claims: [
      { type: 'unlawful_termination', description: '支付违法解除劳动合同赔偿金', amountFen: 12_600_000 },
    ],
  });
  await page.goto(`${e2e.host.url}#/cases/${c.id}`);
  await byTestId('procedure-panel').waitFor();
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

async function signIn(username: string, password: string): Promise<void> {
  await byTestId('signin-form').waitFor();
  await byTestId('signin-username').fill(username);
  await byTestId('signin-password').fill(password);
  await byTestId('signin-submit').click();
  await byTestId('current-user').waitFor();
}

/** Opens a step's form, fills it, submits, and waits for the panel to reload. */
async function step(actionId: string, on: string, fill: () => Promise<void> = async () => {}): Promise<void> {
  await byTestId(`action-${actionId.replace(/\./g, '-')}`).click();
  await byTestId('action-form').waitFor();
  await setDate('action-occurredOn', on);
  await fill();
  await byTestId('action-submit').click();
  await byTestId('action-form').waitFor({ state: 'detached', timeout: 15_000 });
}

const deadline = (ruleId: string) => page.locator(`[data-testid="deadline-item"][data-rule-id="${ruleId}"]`);

async function serve(document: string, on: string): Promise<void> {
  await step('service.record', on, async () => {
    await pick('action-document', document);
    await page.locator('#action-addressee').fill('示例市春晖物流有限公司');
    await pick('action-addresseeRole', '被申请人');
    await pick('action-method', '直接送达');
    await setDate('action-sentOn', on);
    await setDate('action-servedOn', on);
  });
}

describe('from failed mediation to award', () => {
  it('mediation: accepted, then fails; transferred to arbitration in one step', async () => {
    await step('med.accept', '2026-09-02');
    await expect.poll(() => byTestId('procedure-status').innerText()).toContain('已受理');
    await step('med.failed', '2026-09-16', async () => {
      await byTestId('action-reasons').fill('双方对赔偿金额分歧较大');
    });
    await byTestId('transfer-to-arbitration').click();
    await setDate('transfer-receivedDate', '2026-09-17');
    await byTestId('transfer-confirm').click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).not.toContain('#/cases/undefined');
    await expect.poll(() => byTestId('case-parties').innerText()).toContain('赵春花');
    expect(await byTestId('case-claims').innerText()).toContain('126,000.00');
    await expect.poll(() => byTestId('linked-case').count()).toBeGreaterThan(0);
    await screenshot(page, 'p01-transferred');
  });

  it('acceptance starts the 45-day limit, explained', async () => {
    await step('arb.accept', '2026-09-18');
    await expect.poll(() => deadline('arb.award_limit').innerText()).toContain('2026-11-02');
    expect(await deadline('arb.award_limit').innerText()).toContain('受理日 2026-09-18 起算，45 个自然日');
    expect(await deadline('arb.award_limit').innerText()).toContain('第四十三条');
  });

  it('service of the application copy, tribunal and its notice, hearing and its notice', async () => {
    await serve('仲裁申请书副本', '2026-09-21');
    await expect.poll(() => deadline('arb.serve_copy').getAttribute('data-tone')).toBe('met');
    await expect.poll(() => deadline('arb.defence').innerText()).toContain('2026-10-12');
    await step('arb.composeTribunal', '2026-09-22', async () => {
      await byTestId('action-mode-panel').check();
      await pick('action-presidingId', ARBITRATORS[0] as string);
      await pick('action-memberIds', ARBITRATORS[1] as string);
      await pick('action-memberIds', ARBITRATORS[2] as string);
      await page.keyboard.press('Escape');
    });
    await serve('仲裁庭组成通知书', '2026-09-23');
    await step('arb.hearingScheduled', '2026-09-24', async () => {
      await setDate('action-hearingDate', '2026-10-13');
      await byTestId('action-place').fill('第一仲裁庭');
    });
    // Hearing 2026-10-13: the notice must be served by 2026-09-29 (5 full working days before, across National Day).
    await expect.poll(() => deadline('arb.hearing_notice').innerText()).toContain('2026-09-29');
    await serve('开庭通知书', '2026-09-25');
    await expect.poll(() => deadline('arb.hearing_notice').getAttribute('data-tone')).toBe('met');
    await screenshot(page, 'p02-before-suspension');
  });

  it('suspension and resumption move the 45-day limit, and the deadline says why', async () => {
    await step('arb.suspended', '2026-09-28', async () => {
      await pick('action-reason', '工伤认定');
      await byTestId('action-approvedBy').fill('王主任');
    });
    await expect.poll(() => byTestId('procedure-suspended').count()).toBeGreaterThan(0);
    await step('arb.resumed', '2026-10-09');
    await expect.poll(() => deadline('arb.award_limit').innerText()).toContain('2026-11-14');
    expect(await deadline('arb.award_limit').innerText()).toContain(
      '扣除中止 2026-09-28 至 2026-10-09 (12 日)',
    );
    await screenshot(page, 'p03-after-resumption');
  });

  it('a clerk sees 作出裁决 disabled with who may take it; the steps a clerk may take stay enabled', async () => {
    await step('arb.hearingHeld', '2026-10-13', async () => {
      await byTestId('action-attendance').fill('双方均到庭');
    });
    const caseUrl = page.url();
    await byTestId('signout').click();
    await signIn(CLERK.username, CLERK.password);
    await page.goto(caseUrl);
    await byTestId('procedure-panel').waitFor();
    const award = byTestId('action-arb-awarded');
    await award.waitFor();
    expect(await award.isDisabled()).toBe(true);
    expect(await byTestId('action-arb-awarded-reason').innerText()).toBe('需由仲裁员或主任办理');
    expect(await award.getAttribute('aria-describedby')).toBe('action-arb-awarded-reason');
    await award.hover({ force: true });
    await expect
      .poll(() => page.locator('.ant-tooltip').last().innerText())
      .toContain('需由仲裁员或主任办理');
    expect(await byTestId('action-service-record').isDisabled()).toBe(false);
    await screenshot(page, 'p04-clerk-award-disabled');
    await byTestId('signout').click();
    await signIn(ADMIN.username, ADMIN.password);
    await page.goto(caseUrl);
    await byTestId('procedure-panel').waitFor();
  });

  it('hearing and award close the case; the limit is met', async () => {
    await step('arb.awarded', '2026-10-20', async () => {
      // One item per claim (issue 10): the damages of 126,000.00 元 exceed 12 × the minimum wage → 非终局.
      await expect.poll(() => byTestId('award-0-final').innerText()).toBe('非终局');
      await byTestId('action-summary').fill('被申请人支付申请人违法解除劳动合同赔偿金 126,000.00 元');
      await byTestId('action-confirmed').check();
    });
    await expect.poll(() => byTestId('procedure-status').innerText()).toContain('已结案');
    await expect.poll(() => deadline('arb.award_limit').getAttribute('data-tone')).toBe('met');
    const timeline = await byTestId('case-timeline').innerText();
    for (const label of [
      '收件登记',
      '受理（立案）',
      '登记送达',
      '组成仲裁庭',
      '中止审理',
      '恢复审理',
      '开庭审理',
      '作出裁决',
    ])
      expect(timeline).toContain(label);
    await screenshot(page, 'p05-awarded');
  });

  it('showed no errors in the browser console', () => {
    expect(e2e.consoleErrors).toEqual([]);
  });
});
