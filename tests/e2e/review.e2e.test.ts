import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 13 items 3 and 4 end to end, main's clock pinned to 2026-11-25: (a) archiving a withdrawn case whose
 * 决定书 was served on the respondent without a 送达回证 is held by 案件评查 — the 归档 form and the 评查 panel
 * say why — and goes through after the director's 主任批准放行 with a reason; (b) a registration repeating
 * that case's worker and employer shows the 风险预警 on the form, and the 风险预警 page lists the open duplicate.
 */
const NOW = Date.parse('2026-11-25T02:00:00Z'); // 10:00 in China
let e2e: E2E;
let page: Page;
const { byTestId, setDate, show } = ui(() => page);
let officeId: string;
let caseId: string;

const WORKER = { name: '赵春花', idNumber: '11010519491231002X' };
const EMPLOYER = { name: '示例市春晖物流有限公司', creditCode: '91350100M000100Y43' };

const registerCase = (receivedDate: string) =>
  api<{ id: string }>(page, 'cases:register', {
    kind: 'arbitration',
    officeId,
    receivedDate,
    reasons: ['overtime'],
    isCollective: false,
    isMigrantWage: false,
    summary: '申请人长期加班，被申请人未支付加班费。',
    parties: [
      { kind: 'worker', role: 'applicant', ...WORKER, address: '示例市东城区春风路 8 号' },
      { kind: 'employer', role: 'respondent', ...EMPLOYER, address: '示例市物流园区 1 号' },
    ],
    claims: [{ type: 'overtime', description: '支付加班费', amountFen: 1_234_500 }],
  });

const act = (action: string, occurredOn: string, payload: Record<string, unknown>) =>
  api(page, 'cases:performAction', { caseId, action, occurredOn, payload });

const serve = (document: string, role: 'applicant' | 'respondent', proof: boolean) =>
  act('service.record', '2026-11-19', {
    document,
    addressee: role === 'applicant' ? WORKER.name : EMPLOYER.name,
    addresseeRole: role,
    method: 'direct',
    sentOn: '2026-11-19',
    servedOn: '2026-11-19',
    ...(proof ? { evidence: '送达回证（受送达人签收）' } : {}),
  });

type Generated = { document: unknown; missing: { fact: string }[]; unconfirmed: boolean; warnings: string[] };
/** Generates a document as the 文书 section does, confirming its timing warnings (made after the step). */
async function generate(templateId: string, options: Record<string, string> = {}): Promise<void> {
  const input = { caseId, templateId, options };
  let r = await api<Generated>(page, 'documents:generate', input);
  if (r.unconfirmed) r = await api<Generated>(page, 'documents:generate', { ...input, confirmed: true });
  if (r.document === null) throw new Error(`${templateId}: ${JSON.stringify(r)}`);
}

async function signIn(username: string, password: string): Promise<void> {
  await byTestId('signin-form').waitFor();
  await byTestId('signin-username').fill(username);
  await byTestId('signin-password').fill(password);
  await byTestId('signin-submit').click();
  await byTestId('current-user').waitFor();
}

beforeAll(async () => {
  e2e = await startE2E({ at: NOW });
  page = e2e.page;
  officeId = await firstStart(page, { name: '系统管理员', username: 'admin' });
  // The director here also handles cases, so accepting makes them the A角 (承办人) the review asks for.
  const director = await api<{ id: string }>(page, 'staff:create', {
    officeId,
    name: '周主任',
    username: 'director',
    password: 'director-password-1',
    roles: ['arbitrator', 'director'],
  });
  const clerk = await api<{ id: string }>(page, 'staff:create', {
    officeId,
    name: '林书记',
    username: 'clerk1',
    password: 'clerk-password-1',
    roles: ['clerk'],
  });
  // The letterhead the notices need (a missing fact stops generation).
  const profile = await api<Record<string, unknown>>(page, 'committee:get', {});
  await api(page, 'committee:set', { ...profile, address: '示例市人民路 1 号', phone: '0591-12345678' });
  await byTestId('signout').click();
  await signIn('director', 'director-password-1');
  caseId = (await registerCase('2026-11-16')).id;
  await act('arb.accept', '2026-11-17', { simple: true }); // 简易处理: a sole arbitrator
  await api(page, 'assignment:assignClerk', { caseId, clerkId: clerk.id });
  await act('arb.composeTribunal', '2026-11-17', { mode: 'sole', presidingId: director.id, memberIds: [] });
  await act('arb.withdrawn', '2026-11-18', { reasons: '申请人与被申请人已自行和解，申请撤回' });
  for (const t of ['acceptance_notice', 'respondent_notice', 'tribunal_notice']) await generate(t);
  await generate('decision', { type: 'withdrawal' });
  await serve('acceptance_notice', 'applicant', true);
  await serve('application_copy', 'respondent', true);
  await serve('tribunal_notice', 'applicant', true);
  await serve('tribunal_notice', 'respondent', true);
  await serve('decision', 'applicant', true);
  await serve('decision', 'respondent', false); // no 送达回证 on file
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

async function archive(): Promise<void> {
  await byTestId('action-case-archived').click();
  await byTestId('action-form').waitFor();
  await setDate('action-occurredOn', '2026-11-25');
  await byTestId('action-submit').click();
}

describe('案件评查 and 风险预警', () => {
  it('holds the archive for the missing 送达回证 and lets the director override it with a reason', async () => {
    await page.goto(`${e2e.host.url}#/cases/${caseId}`);
    await byTestId('review-panel').waitFor();
    await show(byTestId('review-panel'));
    expect(await byTestId('review-item-service').getAttribute('data-passed')).toBe('false');
    expect(await byTestId('review-item-service').innerText()).toContain(
      '《决定书》向被申请人送达未附送达回证',
    );
    expect(await byTestId('review-blocking').innerText()).toContain('文书已送达并附送达回证');
    // Only the 送达回证 fails: every other item of the file is in order.
    const review = await api<{ items: { id: string; passed: boolean; reason: string }[] }>(
      page,
      'cases:review',
      {
        id: caseId,
      },
    );
    expect(review.items.filter((i) => !i.passed).map((i) => `${i.id}：${i.reason}`)).toEqual([
      'service：《决定书》向被申请人送达未附送达回证',
    ]);
    await screenshot(page, 'r01-review-failing');

    await archive();
    await expect.poll(() => byTestId('action-error').innerText()).toContain('案件评查未通过，不能归档');
    expect(await byTestId('action-error').innerText()).toContain('未附送达回证');
    await screenshot(page, 'r02-archive-held');
    await byTestId('action-cancel').click();
    await byTestId('action-form').waitFor({ state: 'detached' });
    expect(await byTestId('case-status').innerText()).toBe('已结案');

    await byTestId('review-override-open').click();
    await byTestId('review-override-modal-reason').waitFor();
    await byTestId('review-override-modal-confirm').click();
    await expect.poll(() => byTestId('review-override-modal-form').innerText()).toContain('请填写理由');
    await byTestId('review-override-modal-reason').fill('被申请人拒收，已留置送达并录像，送达回证另卷保存');
    await byTestId('review-override-modal-confirm').click();
    await byTestId('review-override').waitFor();
    expect(await byTestId('review-override').innerText()).toContain('周主任批准放行');
    expect(await byTestId('review-item-service').innerText()).toContain('已由主任批准放行');
    await screenshot(page, 'r03-review-overridden');

    await archive();
    await byTestId('action-form').waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => byTestId('case-status').innerText()).toBe('已归档');
    await expect.poll(() => byTestId('review-panel').innerText()).toContain('评查未全部通过（经批准归档）');
  });

  it('warns of a duplicate registration on the form and lists it on the 风险预警 page', async () => {
    await page.goto(`${e2e.host.url}#/cases/new`);
    await byTestId('register-form').waitFor();
    await byTestId('party-0-name').fill(WORKER.name);
    await byTestId('party-0-idNumber').fill(WORKER.idNumber);
    await byTestId('party-1-name').fill(EMPLOYER.name);
    await byTestId('party-1-creditCode').fill(EMPLOYER.creditCode);
    await byTestId('register-risk').waitFor({ timeout: 15_000 });
    expect(await byTestId('risk-duplicate').innerText()).toContain('30 日内');
    await show(byTestId('register-risk'));
    await screenshot(page, 'r04-register-risk');

    // Saved anyway (a warning never blocks): the open duplicate is on the 风险预警 page.
    const again = await registerCase('2026-11-25');
    await byTestId('register-cancel').click();
    await page.getByRole('button', { name: '放弃并离开' }).click();
    await byTestId('menu-risk').click();
    await byTestId('risk-page').waitFor();
    await expect.poll(() => byTestId('risk-table').innerText()).toContain('疑似重复登记');
    const cases = await api<{ rows: { id: string; provisionalNo: string }[] }>(page, 'cases:list', {});
    const no = cases.rows.find((c) => c.id === again.id)?.provisionalNo ?? '?';
    expect(await byTestId('risk-table').innerText()).toContain(no);
    await screenshot(page, 'r05-risk-page');
  });
});
