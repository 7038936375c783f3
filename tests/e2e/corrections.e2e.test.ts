import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { awardPayloadFrom } from '../../shared/procedure/award-test';
import { SAMPLE_MIN_WAGE } from '../../shared/procedure/test-payloads';
import { ui } from './ui';

/**
 * Issue 10 end to end (更正与作废), main's clock pinned to 2026-11-25: (a) a misspelt applicant corrected on the
 * case page after the award — the 裁决书 is marked 据以生成的数据已更正, one click regenerates it, and the new
 * .docx carries the corrected name; (b) a service record entered with a wrong late date blocks composing the
 * tribunal on its real day until it is voided in the UI.
 */
const NOW = Date.parse('2026-11-25T02:00:00Z'); // 10:00 in China
let e2e: E2E;
let page: Page;
const { byTestId, pick, setDate, show } = ui(() => page);
let officeId: string;
let arbitratorId: string;
let clerkId: string;

const WRONG = '赵春划';
const RIGHT = '赵春花';

beforeAll(async () => {
  e2e = await startE2E({ at: NOW });
  page = e2e.page;
  officeId = await firstStart(page, { name: '王主任', username: 'director' });
  const arb = await api<{ id: string }>(page, 'staff:create', {
    officeId,
    name: '周仲裁',
    username: 'arb1',
    password: 'arb-password-1',
    roles: ['arbitrator'],
  });
  arbitratorId = arb.id;
  const clerk = await api<{ id: string }>(page, 'staff:create', {
    officeId,
    name: '林书记',
    username: 'clerk1',
    password: 'clerk-password-1',
    roles: ['clerk'],
  });
  clerkId = clerk.id;
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

const docRow = (templateId: string, version: number) =>
  page.locator(`[data-testid="doc-row"][data-template-id="${templateId}"][data-version="${version}"]`);

async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<[^>]+>/g, '');
}

async function register(applicant: string, receivedDate: string): Promise<string> {
  const c = await api<{ id: string }>(page, 'cases:register', {
    kind: 'arbitration',
    officeId,
    receivedDate,
    reasons: ['confirm_relationship'],
    isCollective: false,
    isMigrantWage: false,
    summary: '申请人在被申请人处工作，双方未签订书面劳动合同。',
    parties: [
      {
        kind: 'worker',
        role: 'applicant',
        name: applicant,
        idNumber: '11010519491231002X',
        address: '示例市东城区春风路 8 号',
      },
      {
        kind: 'employer',
        role: 'respondent',
        name: '示例市春晖物流有限公司',
        creditCode: '91350100M000100Y43',
        address: '示例市物流园区 1 号',
        legalRep: '孙立',
        legalRepTitle: '总经理',
      },
    ],
    claims: [{ type: 'confirm_relationship', description: '确认申请人与被申请人之间存在劳动关系' }],
  });
  return c.id;
}

const act = (caseId: string, action: string, occurredOn: string, payload: Record<string, unknown> = {}) =>
  api(page, 'cases:performAction', { caseId, action, occurredOn, payload });

/** A document served directly on the respondent the day it was sent. */
const served = (document: string, on: string) => ({
  document,
  addressee: '示例市春晖物流有限公司',
  addresseeRole: 'respondent',
  method: 'direct',
  sentOn: on,
  servedOn: on,
});

/** The award step, kept in one place: its payload is `{ final, summary }` today. */
/** The award on the one claim (确认劳动关系: not an art 47 item, so 非终局), as the 作出裁决 form submits it. */
const recordAward = (caseId: string, occurredOn: string) =>
  act(caseId, 'arb.awarded', occurredOn, {
    ...awardPayloadFrom(
      [
        {
          claimId: null,
          kind: 'confirm_relationship',
          label: '确认劳动关系',
          amountFen: null,
          dismissed: false,
          text: '确认申请人与被申请人之间自2024年3月1日起存在劳动关系',
        },
      ],
      SAMPLE_MIN_WAGE,
      '确认劳动关系',
    ),
    confirmed: true,
  });

async function openCase(caseId: string): Promise<void> {
  await page.goto(`${e2e.host.url}#/cases/${caseId}`);
  await byTestId('procedure-panel').waitFor();
}

describe('更正: a misspelt name after the award', () => {
  let caseId: string;

  it('the 裁决书 is generated with the name as registered', async () => {
    caseId = await register(WRONG, '2026-10-08');
    await act(caseId, 'arb.accept', '2026-10-09', { simple: true });
    await api(page, 'assignment:assignClerk', { caseId, clerkId });
    await act(caseId, 'arb.composeTribunal', '2026-10-10', {
      mode: 'sole',
      presidingId: arbitratorId,
      memberIds: [],
    });
    await act(caseId, 'service.record', '2026-10-11', served('tribunal_notice', '2026-10-11'));
    await act(caseId, 'arb.hearingScheduled', '2026-10-12', {
      hearingDate: '2026-10-20',
      time: '09:30',
      place: '第一仲裁庭',
    });
    await act(caseId, 'service.record', '2026-10-13', served('hearing_notice', '2026-10-13'));
    await act(caseId, 'arb.hearingHeld', '2026-10-20', { attendance: '双方均到庭' });
    await recordAward(caseId, '2026-10-30');
    await openCase(caseId);
    await pick('doc-template-select', '裁决书');
    await byTestId('doc-generate').click();
    await docRow('award', 1).waitFor();
    expect(await docRow('award', 1).getAttribute('data-stale')).toBe('false');
  });

  it('更正 on the case page: prefilled, reason required, the change shown before saving', async () => {
    await byTestId('case-correct').first().click();
    await byTestId('correct-form').waitFor();
    const name = page.locator('#party-0-name');
    expect(await name.inputValue()).toBe(WRONG);
    await name.fill(RIGHT);
    await byTestId('correct-review').click();
    // No reason yet: nothing moves on, the field says why.
    await expect.poll(() => byTestId('correct-form').innerText()).toContain('请填写更正理由');
    expect(await byTestId('correct-preview').count()).toBe(0);
    await byTestId('correct-reason').fill('申请人姓名登记时录入错误，依身份证更正');
    await screenshot(page, 'c01-correction-form');
    await byTestId('correct-review').click();
    await byTestId('correct-preview').waitFor();
    const change = byTestId('correct-change');
    expect(await change.count()).toBe(1);
    expect(await change.innerText()).toMatch(new RegExp(`${WRONG}[\\s\\S]*${RIGHT}`));
    await screenshot(page, 'c02-correction-preview');
    await byTestId('correct-confirm').click();
    await byTestId('correct-modal').waitFor({ state: 'detached' });
    await expect.poll(() => byTestId('case-page').innerText(), { timeout: 15_000 }).toContain(RIGHT);
  });

  it('the timeline shows the correction before → after, with who', async () => {
    const item = page.locator('[data-testid="case-timeline-item"][data-event-type="case.corrected"]');
    await item.waitFor();
    const text = await item.innerText();
    expect(text).toContain('更正案件信息');
    expect(text).toMatch(new RegExp(`${WRONG}\\s*→\\s*${RIGHT}`));
    expect(text).toContain('理由：申请人姓名登记时录入错误');
    expect(text).toContain('王主任');
  });

  it('the 裁决书 says 据以生成的数据已更正; one click regenerates it with the corrected name', async () => {
    await expect.poll(() => docRow('award', 1).getAttribute('data-stale'), { timeout: 15_000 }).toBe('true');
    expect(await docRow('award', 1).locator('[data-testid="doc-stale"]').innerText()).toBe(
      '据以生成的数据已更正',
    );
    await show(byTestId('case-documents'));
    await screenshot(page, 'c03-document-stale');
    await docRow('award', 1).locator('[data-testid="doc-regenerate"]').click();
    await docRow('award', 2).waitFor();
    expect(await docRow('award', 2).getAttribute('data-stale')).toBe('false');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      docRow('award', 2).locator('[data-testid="doc-download"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/裁决书.*-v2\.docx$/);
    const text = await docxText(readFileSync(await download.path()));
    expect(text).toContain(RIGHT);
    expect(text).not.toContain(WRONG);
  });
});

describe('作废: a service record with a wrong late date', () => {
  let caseId: string;

  it('blocks composing the tribunal on its real earlier date', async () => {
    caseId = await register('钱秋实', '2026-09-01');
    await act(caseId, 'arb.accept', '2026-09-02', { simple: true });
    await act(caseId, 'service.record', '2026-09-10', served('application_copy', '2026-09-10'));
    // Entered by mistake: the 举证通知书 of another case, dated 2026-09-20.
    await act(caseId, 'service.record', '2026-09-20', served('evidence_notice', '2026-09-20'));
    await openCase(caseId);
    await composeTribunal('2026-09-15');
    await expect
      .poll(() => byTestId('action-error').innerText())
      .toContain('日期不能早于上一办案事项的日期（2026-09-20）');
    await byTestId('action-cancel').click();
    await byTestId('action-form').waitFor({ state: 'detached' });
  });

  it('作废 the record in the UI with a reason; the timeline keeps it struck through', async () => {
    const rows = page.locator('[data-testid="service-row"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const wrong = rows.filter({ hasText: '举证通知书' });
    await wrong.locator('[data-testid="service-void"]').click();
    await byTestId('void-event-form').waitFor();
    await byTestId('void-event-confirm').click();
    await expect.poll(() => byTestId('void-event-form').innerText()).toContain('请填写理由');
    await byTestId('void-event-reason').fill('误录：该送达属于另一案件');
    await byTestId('void-event-confirm').click();
    await byTestId('void-event-form').waitFor({ state: 'detached' });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    const voided = page.locator('[data-testid="case-timeline-item"][data-voided="true"]');
    await voided.waitFor();
    const text = await voided.innerText();
    expect(text).toContain('登记送达');
    expect(text).toContain('2026-09-20');
    expect(text).toContain('作废理由：误录：该送达属于另一案件');
    expect(text).toContain('王主任');
    await show(byTestId('case-timeline'));
    await screenshot(page, 'c04-voided-timeline-entry');
  });

  it('the tribunal is then composed on its real date', async () => {
    await composeTribunal('2026-09-15');
    await byTestId('action-form').waitFor({ state: 'detached', timeout: 15_000 });
    await expect
      .poll(() => byTestId('case-timeline').innerText(), { timeout: 15_000 })
      .toContain('组成仲裁庭');
    const view = await api<{ tribunal: { presidingId: string } | null }>(page, 'cases:procedure', {
      id: caseId,
    });
    expect(view.tribunal?.presidingId).toBe(arbitratorId);
  });

  it('设置 › 更正权限: the director lets B角 correct case facts too; the rule is saved', async () => {
    await page.goto(`${e2e.host.url}#/settings/corrections`);
    await byTestId('correction-rules-settings').waitFor();
    const box = byTestId('correction-rule-correctFacts-b');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await byTestId('correction-rules-save').click();
    await byTestId('correction-rules-result').waitFor();
    expect(await byTestId('correction-rules-result').innerText()).toContain('已保存更正权限');
    await screenshot(page, 'c05-correction-rules');
    const saved = await api<{ rules: { correctFacts: string[] }; custom: boolean }>(
      page,
      'correctionRules:get',
      {},
    );
    expect(saved).toMatchObject({ custom: true, rules: { correctFacts: ['a', 'director', 'b'] } });
  });

  it('showed no errors in the browser console', () => {
    expect(e2e.consoleErrors).toEqual([]);
  });
});

/** 组成仲裁庭 (独任, a simple case) through the action form, dated `on`. */
async function composeTribunal(on: string): Promise<void> {
  await byTestId('action-arb-composeTribunal').click();
  await byTestId('action-form').waitFor();
  await setDate('action-occurredOn', on);
  await pick('action-presidingId', '周仲裁');
  await byTestId('action-submit').click();
}
