import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../shared/util/clock';
import { api, firstStart } from './api';
import { E2E_EPOCH, screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 6 end to end (AB角): the director takes the proposal on one case and overrides it with a reason on
 * another, enters leave for the first case's A角 from tomorrow, and exports the workload; then the first case's
 * B角 signs in: today case 1 is not in their 期限待办, the next morning (main's clock moved on) it is.
 * Main and the page run on one pinned clock starting at 09:00 on the harness's day in China.
 */
const DAY = 24 * 3600 * 1000;
const TODAY = todayInChina(E2E_EPOCH);
const t = Date.parse(`${TODAY}T01:00:00Z`);
const TOMORROW = todayInChina(t + DAY);
const DAY_AFTER = todayInChina(t + 2 * DAY);
const ARBITRATORS = ['甲仲裁员', '乙仲裁员', '丙仲裁员'];
const PASSWORD = 'arb-password-1';

let e2e: E2E;
let page: Page;
const { byTestId, pick, setDate } = ui(() => page);
const caseIds: string[] = [];
/** Names as the UI showed them after each assignment. */
const case1 = { a: '', b: '' };
const case2 = { a: '', b: '' };

const text = (id: string) => byTestId(id).innerText();

async function registerAccepted(officeId: string, worker: string, employer: string): Promise<string> {
  const c = await api<{ id: string }>(page, 'cases:register', {
    kind: 'arbitration',
    officeId,
    receivedDate: TODAY,
    reasons: ['wage_arrears'],
    isCollective: false,
    isMigrantWage: false,
    summary: '被申请人拖欠工资。',
    parties: [
      { kind: 'worker', role: 'applicant', name: worker },
      { kind: 'employer', role: 'respondent', name: employer },
    ],
    claims: [{ type: 'wage_arrears', description: '支付拖欠工资', amountFen: 1_200_000 }],
  });
  await api(page, 'cases:performAction', {
    caseId: c.id,
    action: 'arb.accept',
    occurredOn: TODAY,
    payload: { simple: false },
  });
  return c.id;
}

async function openCase(id: string): Promise<void> {
  await page.goto(`${e2e.host.url}#/cases/${id}`);
  await byTestId('case-assignment').waitFor();
  await byTestId('case-assignment').evaluate((e) => e.scrollIntoView({ block: 'start' }));
}

async function getProposal(): Promise<{ a: string; b: string }> {
  await byTestId('assignment-get-proposal').click();
  await byTestId('assignment-proposal').waitFor();
  await expect.poll(() => byTestId('assignment-candidate').count()).toBeGreaterThan(0);
  return { a: await text('assignment-proposal-a'), b: await text('assignment-proposal-b') };
}

async function signIn(username: string, password: string): Promise<void> {
  await byTestId('signin-form').waitFor();
  await byTestId('signin-username').fill(username);
  await byTestId('signin-password').fill(password);
  await byTestId('signin-submit').click();
  await byTestId('current-user').waitFor();
}

/** The 期限待办 (我的) rows of one case, in the 全部未完成 window. */
async function openMyDeadlines(): Promise<void> {
  await byTestId('page-deadlines').waitFor();
  await byTestId('deadlines-tab-open').click();
}
const deadlineRows = (caseId: string) =>
  page.locator(`[data-testid="deadline-row"][data-case-id="${caseId}"]`);

beforeAll(async () => {
  e2e = await startE2E({ at: t });
  page = e2e.page;
  const firstOfficeId = await firstStart(page, { name: '王主任', username: 'director' });
  const officeId = firstOfficeId;
  for (const [i, name] of ARBITRATORS.entries())
    await api(page, 'staff:create', {
      officeId,
      name,
      username: `arb${i}`,
      password: PASSWORD,
      roles: ['arbitrator'],
    });
  caseIds.push(await registerAccepted(officeId, '赵春花', '示例市春晖物流有限公司'));
  caseIds.push(await registerAccepted(officeId, '钱秋实', '示例市秋实餐饮有限公司'));
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

describe('AB角: proposal, override, leave and cover in 期限待办', () => {
  it('case 1: the director takes the proposal; A角 and B角 are shown and the decision is in the history', async () => {
    await openCase(caseIds[0] as string);
    // The director who recorded 受理 is no arbitrator, so nobody is A角 until the proposal is taken.
    expect(await text('assignment-a')).toBe('未指定');
    expect(await text('assignment-b')).toBe('未指定');
    const proposal = await getProposal();
    expect(ARBITRATORS).toContain(proposal.a);
    expect(ARBITRATORS).toContain(proposal.b);
    expect(proposal.a).not.toBe(proposal.b);
    expect(await text('assignment-proposal-reason')).not.toBe('');
    await screenshot(page, 'a01-proposal');
    await byTestId('assignment-accept').click();
    await expect.poll(() => text('assignment-a')).toBe(proposal.a);
    expect(await text('assignment-b')).toBe(proposal.b);
    await expect.poll(() => byTestId('assignment-proposal').count()).toBe(0);
    const rows = byTestId('assignment-history-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('采纳建议');
    Object.assign(case1, proposal);
    await screenshot(page, 'a02-accepted');
  });

  it('case 2: 调整 to a different A角 needs a reason, and keeps it in the history', async () => {
    await openCase(caseIds[1] as string);
    const proposal = await getProposal();
    // Rotation by workload: case 1's A is busier now.
    expect(proposal.a).not.toBe(case1.a);
    const a = case1.b; // a different A than proposed: case 1's B
    const b = proposal.a === a ? proposal.b : proposal.a;
    expect(a).not.toBe(proposal.a);
    await byTestId('assignment-override').click();
    await byTestId('assignment-form').waitFor();
    await pick('assignment-override-a', a);
    await pick('assignment-override-b', b);
    await byTestId('assignment-override-submit').click();
    await expect.poll(() => byTestId('assignment-form').innerText()).toContain('请填写调整理由');
    await byTestId('assignment-override-reason').fill('熟悉该企业的用工情况');
    await screenshot(page, 'a03-override-form');
    await byTestId('assignment-override-submit').click();
    await expect.poll(() => text('assignment-a')).toBe(a);
    expect(await text('assignment-b')).toBe(b);
    await expect.poll(() => byTestId('assignment-form').count()).toBe(0);
    const row = byTestId('assignment-history-row').first();
    await expect.poll(() => row.getAttribute('data-kind')).toBe('override');
    expect(await row.innerText()).toContain('熟悉该企业的用工情况');
    Object.assign(case2, { a, b });
    await screenshot(page, 'a04-overridden');
  });

  it('设置 › 人员与请假: leave for case 1’s A角 from tomorrow for two days', async () => {
    await byTestId('menu-settings').click();
    await byTestId('settings-tab-leave').click();
    await byTestId('leave-settings').waitFor();
    await pick('leave-staff', case1.a);
    await pick('leave-kind', '请假');
    await setDate('leave-from', TOMORROW);
    await setDate('leave-to', DAY_AFTER);
    await byTestId('leave-note').fill('年休假');
    await screenshot(page, 'a05-leave-form');
    await byTestId('leave-submit').click();
    const outcome = async () =>
      (await byTestId('leave-conflicts').count()) > 0
        ? 'conflicts'
        : (await byTestId('leave-result').count()) > 0
          ? 'saved'
          : 'pending';
    await expect.poll(outcome, { timeout: 15_000 }).not.toBe('pending');
    if ((await outcome()) === 'conflicts') {
      expect(await text('leave-conflicts')).toContain('临时代办');
      await screenshot(page, 'a06-leave-conflicts');
      await byTestId('leave-confirm').click();
    }
    await byTestId('leave-result').waitFor();
    expect(await text('leave-result')).toContain(`${case1.a} 请假 ${TOMORROW} 至 ${DAY_AFTER}（2 天）`);
    const row = byTestId('leave-row').filter({ hasText: case1.a });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('未开始');
    await screenshot(page, 'a07-leave-saved');
  });

  it('统计 › 工作量: one row per arbitrator, sortable, exported as .xlsx', async () => {
    await byTestId('menu-stats').click();
    await byTestId('page-stats').waitFor();
    const rows = byTestId('workload-row');
    for (const name of ARBITRATORS) await expect.poll(() => rows.filter({ hasText: name }).count()).toBe(1);
    // Case 2's A is also case 1's B (1 + 0.3): the heaviest by default (weighted, descending).
    await expect.poll(() => rows.first().innerText()).toContain(case2.a);
    const names = async () => (await rows.allInnerTexts()).map((r) => r.split('\t')[0]?.trim());
    const pinyin = [...ARBITRATORS].sort((x, y) => x.localeCompare(y, 'zh-Hans-CN'));
    await byTestId('workload-sort-name').click();
    await expect.poll(names).toEqual(pinyin);
    await byTestId('workload-sort-name').click();
    await expect.poll(names).toEqual([...pinyin].reverse());
    // Every figure names its period: closures this year by default, the rest as of today.
    const today = TODAY;
    const thisYear = `${today.slice(0, 4)}-01-01 至 ${today}`;
    expect(await byTestId('workload-period-closedInPeriod').innerText()).toBe(thisYear);
    expect(await byTestId('workload-period-openCount').innerText()).toBe(`截至 ${today}`);
    await screenshot(page, 'a08-workload');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('workload-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`工作量-${today.slice(0, 4)}-01-01至${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const bytes = await readFile(await download.path());
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = wb.getWorksheet('工作量');
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    expect(header).toContain('姓名');
    expect(header).toContain(`结案数（按作出裁决或调解的仲裁员计）（${thisYear}）`);
    const column = sheet?.getColumn(1).values ?? [];
    for (const name of ARBITRATORS) expect(column).toContain(name);
  });

  it('case 1’s B角: not in 期限待办 today while A角 is here; listed the next morning while A角 is away', async () => {
    await byTestId('signout').click();
    const username = `arb${ARBITRATORS.indexOf(case1.b)}`;
    await signIn(username, PASSWORD);
    await byTestId('menu-deadlines').click();
    await openMyDeadlines();
    // Case 2 (where they are A角) is listed, so the list has loaded; case 1 is not theirs today.
    await expect
      .poll(() => deadlineRows(caseIds[1] as string).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await deadlineRows(caseIds[0] as string).count()).toBe(0);
    await screenshot(page, 'a09-b-today');

    await e2e.setClock(t + DAY); // the next morning: case 1's A is on leave
    await page.reload();
    await openMyDeadlines();
    await expect
      .poll(() => deadlineRows(caseIds[0] as string).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await deadlineRows(caseIds[1] as string).count()).toBeGreaterThan(0);
    await screenshot(page, 'a10-b-next-morning');
  });

  it('showed no errors in the browser console', () => {
    expect(e2e.consoleErrors).toEqual([]);
  });
});
