import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 10 items 3–4 end to end: a case with a tribunal of three named arbitrators and an assigned clerk, walked to
 * its hearing through the API; the signed-in user is a director who is neither. The tribunal makes a 部分终局 award
 * in the form (a wage item under 12 × the minimum wage, a 确认劳动关系 item), sees each item's test and reason,
 * confirms, and generates both 裁决书. Unzipped: 之一 is final with the worker's 15 days and the employer's 30 days
 * at the 中级人民法院, 之二 non-final with 15 days for either party; each holds only its items and names the other;
 * the signatories are the case's, never the director's.
 */
let e2e: E2E;
let page: Page;
const { byTestId, pick, show } = ui(() => page);
let caseId: string;
let officialNo: string;
const DIRECTOR = '钱主任';
const ARBITRATORS = ['周明远', '吴秀兰', '郑国强'];
const CLERK = '林晓燕';
// Main's clock is pinned; every date below is given explicitly.
const TODAY = '2026-06-15';
const AWARD_ON = '2026-06-12';
const RELATIONSHIP = '确认申请人与被申请人自2023年3月1日至2026年5月31日存在劳动关系';

beforeAll(async () => {
  e2e = await startE2E({ at: Date.parse(`${TODAY}T02:00:00Z`) });
  page = e2e.page;
  const officeId = await firstStart(page, { name: DIRECTOR, username: 'director' });
  const create = async (name: string, username: string, roles: string[]) =>
    (
      await api<{ id: string }>(page, 'staff:create', {
        officeId,
        name,
        username,
        password: 'staff-password-1',
        roles,
      })
    ).id;
  const arbitrators: string[] = [];
  for (const [i, name] of ARBITRATORS.entries())
    arbitrators.push(await create(name, `arb${i}`, ['arbitrator']));
  const clerk = await create(CLERK, 'clerk1', ['clerk']);

  const c = await api<{ id: string }>(page, 'cases:register', {
    kind: 'arbitration',
    officeId,
    receivedDate: '2026-06-01',
    reasons: ['wage_arrears', 'confirm_relationship'],
    isCollective: false,
    isMigrantWage: false,
    summary: '申请人于2023年3月1日入职被申请人处，被申请人拖欠2026年4月工资，且否认双方存在劳动关系。',
    parties: [
      {
        kind: 'worker',
        role: 'applicant',
        name: '赵春花',
        idNumber: '11010519491231002X',
        ethnicity: '汉族',
        address: '示例市东城区春风路 8 号',
      },
      {
        kind: 'employer',
        role: 'respondent',
        name: '示例市春晖物流有限公司',
        creditCode: '91350100M000100Y43',
        address: '示例市物流园区 1 号',
        legalRep: '孙大为',
        legalRepTitle: '总经理',
      },
    ],
    claims: [
      { type: 'wage_arrears', description: '支付2026年4月拖欠工资', amountFen: 800_000 },
      { type: 'confirm_relationship', description: '确认双方自2023年3月1日起存在劳动关系' },
    ],
  });
  caseId = c.id;
  const act = (action: string, occurredOn: string, payload: Record<string, unknown>) =>
    api(page, 'cases:performAction', { caseId, action, occurredOn, payload });
  const serve = (document: string, on: string, role: 'applicant' | 'respondent') =>
    act('service.record', on, {
      document,
      addressee: role === 'applicant' ? '赵春花' : '示例市春晖物流有限公司',
      addresseeRole: role,
      method: 'direct',
      sentOn: on,
      servedOn: on,
      serverId: clerk,
    });
  await act('arb.accept', '2026-06-02', { simple: false });
  await api(page, 'assignment:assignClerk', { caseId, clerkId: clerk });
  await act('arb.composeTribunal', '2026-06-03', {
    mode: 'panel',
    presidingId: arbitrators[0],
    memberIds: arbitrators.slice(1),
  });
  await serve('tribunal_notice', '2026-06-04', 'respondent');
  await act('arb.hearingScheduled', '2026-06-05', {
    hearingDate: '2026-06-11',
    time: '09:30',
    place: '第一仲裁庭',
  });
  await serve('hearing_notice', '2026-06-05', 'respondent');
  await serve('hearing_notice', '2026-06-05', 'applicant');
  await act('arb.hearingHeld', '2026-06-11', {
    attendance: '申请人赵春花、被申请人的法定代表人孙大为到庭参加庭审',
  });
  // The 裁决书 shows each money item's calculation, so the wage sheet is filled in.
  await api(page, 'elements:save', {
    caseId,
    templateId: 'wage_arrears',
    templateVersion: 1,
    side: 'applicant',
    data: {
      claimedAmountFen: 800_000,
      arrearsPeriod: { from: '2026-04-01', to: '2026-04-30' },
      monthlyWages: [{ month: '2026-04', payableFen: 800_000, paidFen: 0 }],
      stillEmployed: false,
    },
  });
  officialNo = (await api<{ officialNo: string | null }>(page, 'cases:get', { id: caseId })).officialNo ?? '';
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

/** The visible text of a .docx's body (runs joined). */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

async function generatePart(label: string, part: 'final' | 'non_final'): Promise<string> {
  await pick('doc-template-select', '裁决书');
  await byTestId('doc-option-part').waitFor();
  await pick('doc-option-part', label);
  await byTestId('doc-generate').click();
  const row = page.locator(`[data-testid="doc-row"][data-template-id="award"][data-part="${part}"]`);
  await row.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.locator('[data-testid="doc-download"]').click(),
  ]);
  return docxText(readFileSync(await download.path()));
}

describe('部分终局 award: two 裁决书 signed by the case’s people', () => {
  it('the case page shows the assigned clerk', async () => {
    await page.goto(`${e2e.host.url}#/cases/${caseId}`);
    await byTestId('case-assignment').waitFor();
    await expect.poll(() => byTestId('assignment-clerk').innerText()).toBe(CLERK);
  });

  it('作出裁决: each item tested with its reason, the outcome shown, confirmation required', async () => {
    await byTestId('action-arb-awarded').click();
    await byTestId('award-fields').waitFor();
    const date = page.locator('#action-occurredOn');
    await date.click();
    await date.fill(AWARD_ON);
    await date.press('Enter');
    await expect.poll(() => byTestId('award-threshold').innerText()).toContain('29,880.00');
    expect(await byTestId('award-threshold').innerText()).toContain(
      '示例市（一类地区）月最低工资标准，2025-01-01 起施行',
    );

    // The wage claim defaults to 劳动报酬 with the claimed 8,000.00 元: under 29,880.00 → final.
    expect(await byTestId('award-0-amount').inputValue()).toBe('8,000.00');
    await expect.poll(() => byTestId('award-0-final').innerText()).toBe('终局');
    expect(await byTestId('award-0-reason').innerText()).toContain(
      '不超过 29,880.00 元，终局（调解仲裁法第四十七条第一项）',
    );
    // 确认劳动关系 is not an art 47 item → non-final.
    expect(await byTestId('award-1-final').innerText()).toBe('非终局');
    expect(await byTestId('award-1-reason').innerText()).toContain(
      '确认劳动关系不属于调解仲裁法第四十七条所列事项',
    );
    await expect.poll(() => byTestId('award-outcome').getAttribute('data-outcome')).toBe('mixed');
    expect(await byTestId('award-outcome').innerText()).toContain(
      '之一（终局裁决事项）和之二（非终局裁决事项）',
    );

    // Raising the wage item one fen over the line would make it non-final; back under it.
    const amount = byTestId('award-0-amount');
    await amount.fill('29880.01');
    await amount.press('Tab');
    await expect.poll(() => byTestId('award-0-final').innerText()).toBe('非终局');
    await amount.fill('8000');
    await amount.press('Tab');
    await expect.poll(() => byTestId('award-0-final').innerText()).toBe('终局');
    expect(await byTestId('award-0-text').inputValue()).toBe(
      '被申请人于本裁决生效之日起十日内支付申请人2026年4月拖欠工资8,000.00元',
    );
    await byTestId('award-1-text').fill(RELATIONSHIP);

    // Not confirmed → refused in the form, nothing recorded.
    await byTestId('action-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allInnerTexts())
      .toEqual(expect.arrayContaining(['请确认各裁决事项的终局/非终局判断']));
    await byTestId('action-confirmed').check();
    await show(byTestId('award-fields'));
    await screenshot(page, 'aw01-award-form');
    await byTestId('action-submit').click();
    await page.locator('.ant-message-success').last().waitFor();
    const events = await api<{ type: string; payload: Record<string, unknown> }[]>(page, 'cases:timeline', {
      id: caseId,
    });
    const award = events.find((e) => e.type === 'arb.awarded');
    expect(award?.payload).toMatchObject({
      outcome: 'mixed',
      final: false,
      thresholdFen: 2_988_000,
      confirmed: true,
    });
  });

  it('generates 之一 (终局) and 之二 (非终局), each with its items, remedies and the case’s signatories', async () => {
    await byTestId('case-documents').waitFor();
    await show(byTestId('case-documents'));
    expect(officialNo).not.toBe('');

    const one = await generatePart('之一：终局裁决事项', 'final');
    expect(one).toContain(`${officialNo}之一`);
    expect(one).toContain('本裁决为终局裁决');
    expect(one).toContain('劳动者赵春花对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼');
    expect(one).toContain('可以自收到本裁决书之日起三十日内向本委所在地的中级人民法院申请撤销裁决');
    expect(one).toContain('被申请人于本裁决生效之日起十日内支付申请人2026年4月拖欠工资8,000.00元');
    expect(one).not.toContain(RELATIONSHIP);
    expect(one).not.toContain('本裁决为非终局裁决');
    expect(one).toContain(`本委另行作出${officialNo}之二裁决书`);

    const two = await generatePart('之二：非终局裁决事项', 'non_final');
    expect(two).toContain(`${officialNo}之二`);
    expect(two).toContain(
      '本裁决为非终局裁决。当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼',
    );
    expect(two).toContain(RELATIONSHIP);
    expect(two).not.toContain('拖欠工资8,000.00元');
    expect(two).not.toContain('中级人民法院');
    expect(two).toContain(`本委另行作出${officialNo}之一裁决书`);

    for (const text of [one, two]) {
      // Signature roles are spread to one width (e.g. 书 记 员 with ideographic spaces), so any spacing between characters is allowed.
      const signed = (role: string, name: string) =>
        new RegExp(`${[...role].join('[\\s\u3000]*')}[\\s\u3000]*${name}`);
      expect(text).toMatch(signed('首席仲裁员', ARBITRATORS[0] as string));
      for (const name of ARBITRATORS.slice(1)) expect(text).toMatch(signed('仲裁员', name));
      expect(text).toMatch(signed('书记员', CLERK));
      expect(text).not.toContain(DIRECTOR);
    }
    await show(byTestId('case-documents'));
    await screenshot(page, 'aw02-award-documents');
    expect(e2e.consoleErrors).toEqual([]);
  });
});
