import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, firstStart } from './api';
import { screenshot, startE2E, type E2E } from './harness';
import { ui } from './ui';

/**
 * Issue 13 item 5 end to end (裁审衔接 and 监察): a 线索移送函 generated from a demo case's page with the violations
 * typed in; then, with a generated document and a 送达回证 scan, 导出移送法院材料
 * on the case page saves a .zip; opened here with jszip, it lists its files in manifest.json, every file's SHA-256
 * and size match its bytes, and the 卷宗目录 names each file.
 */
let e2e: E2E;
let page: Page;
const { byTestId, pick, show } = ui(() => page);
let caseId: string;
let caseNo: string;
const PROOF = Buffer.from('%PDF-1.4 送达回证扫描件\n', 'utf8');
const sha = (b: Buffer | Uint8Array) => createHash('sha256').update(b).digest('hex');

type Row = { id: string; officialNo: string | null; status: string };

beforeAll(async () => {
  e2e = await startE2E();
  page = e2e.page;
  await firstStart(page, { name: '王主任', username: 'director' });
  await api(page, 'committee:set', {
    name: '示例市劳动人事争议仲裁委员会',
    shortName: '示劳',
    address: '示例市人民路 1 号',
    phone: '0591-12345678',
    sealText: '示例市劳动人事争议仲裁委员会',
    caseNumberPattern: '{简称}劳人仲案字〔{年}〕第{号}号',
    uppercaseAmounts: true,
  });
  await api(page, 'demo:seed', { cases: 40 });
  // The demo is seeded from the pinned clock, so the same case is picked on every run: an accepted, open one.
  const list = await api<{ rows: Row[] }>(page, 'cases:list', { kind: 'arbitration', limit: 200 });
  const open = list.rows.filter(
    (r) => r.officialNo !== null && r.status !== 'closed' && r.status !== 'archived',
  );
  const picked = open.find((r) => r.status === 'accepted') ?? open[0];
  if (picked === undefined) throw new Error('no accepted demo case');
  caseId = picked.id;
  caseNo = picked.officialNo ?? '';
  await api(page, 'documents:generate', {
    caseId,
    templateId: 'acceptance_notice',
    options: {},
    confirmed: true,
  });
  const proof = await api<{ sha256: string }>(page, 'attachments:upload', {
    name: '受理通知书回执.pdf',
    mime: 'application/pdf',
    dataBase64: PROOF.toString('base64'),
  });
  const accepted = await api<{ acceptedDate: string | null }>(page, 'cases:get', { id: caseId });
  const on = accepted.acceptedDate ?? '';
  await api(page, 'cases:performAction', {
    caseId,
    action: 'service.record',
    occurredOn: on,
    payload: {
      document: 'acceptance_notice',
      addressee: '申请人',
      addresseeRole: 'applicant',
      method: 'direct',
      sentOn: on,
      servedOn: on,
      evidenceFile: proof,
    },
  });
}, 180_000);
afterAll(async () => {
  await e2e.dispose();
});

describe('线索移送函 and 导出移送法院材料', () => {
  it('generates the 线索移送函 from the case page with the violations typed in', async () => {
    await page.goto(`${e2e.host.url}#/cases/${caseId}`);
    await byTestId('case-documents').waitFor();
    await show(byTestId('case-documents'));
    await pick('doc-template-select', '劳动保障监察线索移送函');
    await byTestId('doc-option-violations').fill('安排劳动者连续工作十二小时\n未依法缴纳社会保险费');
    await byTestId('doc-generate').click();
    await page.locator('[data-testid="doc-row"][data-template-id="clue_referral"]').waitFor();
    await screenshot(page, 'b00-clue-referral');
  });

  it('exports the court bundle from the case page: every file listed with a matching SHA-256', async () => {
    await page.goto(`${e2e.host.url}#/cases/${caseId}`);
    await byTestId('case-documents').waitFor();
    await show(byTestId('court-bundle-export'));
    await screenshot(page, 'b01-case-documents');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTestId('court-bundle-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${caseNo}-移送法院材料.zip`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    const bytesOf = async (path: string) => {
      const f = zip.file(path);
      if (f === null) throw new Error(`${path} missing`);
      return f.async('nodebuffer');
    };
    const manifest = JSON.parse((await bytesOf('manifest.json')).toString('utf8')) as {
      caseId: string;
      files: { path: string; sha256: string; size: number }[];
    };
    expect(manifest.caseId).toBe(caseId);
    expect([...manifest.files.map((f) => f.path), 'manifest.json'].sort()).toEqual([...names].sort());
    for (const f of manifest.files) {
      const bytes = await bytesOf(f.path);
      expect(sha(bytes), f.path).toBe(f.sha256);
      expect(bytes.length, f.path).toBe(f.size);
    }
    expect(names).toContain('00-卷宗目录.docx');
    expect(names.some((n) => n.startsWith('01-文书/') && n.includes('受理通知书'))).toBe(true);
    expect(names).toContain('02-送达回证/送达情况登记表.docx');
    const scan = names.find((n) => n.startsWith('02-送达回证/') && n.endsWith('受理通知书回执.pdf'));
    expect(scan).toBeDefined();
    expect(await bytesOf(scan ?? '')).toEqual(PROOF);
    expect(names).toContain('04-证据材料/证据材料清单.docx');
    const clue = names.find((n) => n.startsWith('01-文书/') && n.includes('劳动保障监察线索移送函'));
    const clueXml =
      (await (await JSZip.loadAsync(await bytesOf(clue ?? ''))).file('word/document.xml')?.async('string')) ??
      '';
    expect(clueXml.replace(/<[^>]+>/g, '')).toContain('2. 未依法缴纳社会保险费。');
    const indexXml =
      (await (
        await JSZip.loadAsync(await bytesOf('00-卷宗目录.docx'))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    const indexText = indexXml.replace(/<[^>]+>/g, '');
    for (const n of names.filter((x) => x !== '00-卷宗目录.docx' && x !== 'manifest.json'))
      expect(indexText, n).toContain(n);
    await page.locator('.ant-message-success').last().waitFor();
    await screenshot(page, 'b02-bundle-exported');
    expect(e2e.consoleErrors).toEqual([]);
  });
});
