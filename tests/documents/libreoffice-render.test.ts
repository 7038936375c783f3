// Renders the sample documents the way a person would see them: .docx → PDF with LibreOffice headless (fonts mapped
// by resources/fonts/fonts.conf) → text, fonts and PNG pages with poppler. The PNGs land in test-output/documents/
// for a person to look at. Missing tools FAIL the test (never skip): .ci/run installs them.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/main/documents/render-docx';
import { decisionSample, noticeSample, SAMPLE_CASE_NO, SAMPLE_COMMITTEE } from './sample-models';
import { templateById } from '../../shared/documents/templates';
import { arbitrationContext } from './templates/sample-context';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output', 'documents');
const FONTS_CONF = join(ROOT, 'resources', 'fonts', 'fonts.conf');
const APT =
  'apt-get install -y --no-install-recommends libreoffice-writer poppler-utils fonts-noto-cjk fonts-liberation2 fonts-arphic-ukai';

function which(cmd: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir !== '' && existsSync(p)) return p;
  }
  return undefined;
}

function requireTools(): { soffice: string } {
  const soffice = which('soffice') ?? which('libreoffice');
  const missing = [
    ...(soffice === undefined ? ['soffice (libreoffice-writer)'] : []),
    ...['pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts']
      .filter((t) => which(t) === undefined)
      .map((t) => `${t} (poppler-utils)`),
  ];
  if (which('fc-list') === undefined) missing.push('fc-list (fontconfig)');
  else {
    const families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
    if (!families.includes('Noto Serif CJK SC')) missing.push('Noto Serif CJK SC (fonts-noto-cjk)');
    if (!families.includes('Noto Sans CJK SC')) missing.push('Noto Sans CJK SC (fonts-noto-cjk)');
    if (!families.includes('Liberation Serif')) missing.push('Liberation Serif (fonts-liberation2)');
  }
  if (missing.length > 0 || soffice === undefined) {
    throw new Error(
      `The LibreOffice rendering test needs: ${missing.join(', ')}. .ci/run installs them; locally run: ${APT}`,
    );
  }
  return { soffice };
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string =>
  execFileSync(cmd, args, { encoding: 'utf8', env, timeout: 100_000, stdio: ['ignore', 'pipe', 'pipe'] });

/** The real templates too: the element-style 裁决书 and a 开庭通知书 built from a full sample case. */
function templateModel(id: string, options: Record<string, string> = {}) {
  const r = templateById(id)?.build(arbitrationContext(options));
  if (!r?.ok) throw new Error(`${id} did not build: ${JSON.stringify(r)}`);
  return r.model;
}
const DOCS = {
  decision: decisionSample(),
  notice: noticeSample(),
  award: templateModel('award'),
  hearing: templateModel('hearing_notice', { addressee: 'respondent' }),
} as const;
type Name = keyof typeof DOCS;

describe('LibreOffice rendering (docx → PDF → PNG)', { timeout: 120_000 }, () => {
  let tmp = '';
  const pdf = (name: Name) => join(OUT, `${name}.pdf`);

  // A missing tool is recorded here and thrown by every test, so each one FAILS with the install hint.
  let setupError: Error | null = null;
  const ready = () => {
    if (setupError !== null) throw setupError;
  };

  beforeAll(async () => {
    let soffice: string;
    try {
      soffice = requireTools().soffice;
    } catch (e) {
      setupError = e instanceof Error ? e : new Error(String(e));
      return;
    }
    tmp = mkdtempSync(join(tmpdir(), 'ldcs-lo-'));
    mkdirSync(OUT, { recursive: true });
    for (const f of readdirSync(OUT)) rmSync(join(OUT, f), { force: true });
    const files: string[] = [];
    for (const [name, model] of Object.entries(DOCS)) {
      const file = join(OUT, `${name}.docx`);
      writeFileSync(file, await renderDocx(model));
      files.push(file);
    }
    // One soffice run converts every file (each costs ~1.5 s; starting LibreOffice costs more).
    run(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${tmp}/lo-profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        OUT,
        ...files,
      ],
      { ...process.env, FONTCONFIG_FILE: FONTS_CONF, HOME: tmp },
    );
    for (const name of Object.keys(DOCS) as Name[]) {
      if (!existsSync(pdf(name))) throw new Error(`LibreOffice did not write ${pdf(name)}`);
      run('pdftoppm', ['-png', '-r', '60', pdf(name), join(OUT, name)]);
    }
  }, 120_000);

  afterAll(() => {
    if (tmp !== '') rmSync(tmp, { recursive: true, force: true });
  });

  it('renders the 决定书 on two or more A4 pages with title, 案号, Chinese date and page numbers', () => {
    ready();
    const info = run('pdfinfo', [pdf('decision')]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

    const text = squash(run('pdftotext', ['-layout', pdf('decision'), '-']));
    expect(text).toContain(squash(SAMPLE_COMMITTEE));
    expect(text).toContain('决定书');
    expect(text).toContain(SAMPLE_CASE_NO);
    expect(text).toContain('二〇二六年十一月二十五日');
    expect(text).toContain('—1—');
    expect(text).toContain(`—${pages}—`);
    expect(text).toContain('人民币贰万元整');

    const pngs = readdirSync(OUT).filter((f) => /^decision-\d+\.png$/.test(f));
    expect(pngs).toHaveLength(pages);
  });

  it('maps the 公文 fonts to installed CJK fonts (no DejaVu fallback, so no tofu)', () => {
    ready();
    const fonts = run('pdffonts', [pdf('decision')]);
    expect(fonts).toMatch(/NotoSerifCJK/i); // 仿宋_GB2312, 宋体, 方正小标宋简体
    expect(fonts).toMatch(/NotoSansCJK/i); // 黑体
    expect(fonts).toMatch(/LiberationSerif/i); // Times New Roman
    expect(fonts).not.toMatch(/DejaVu/i);
    // Every font is embedded ("emb" column = yes).
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    for (const row of rows) expect(row).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('keeps the text inside the GB/T 9704 text block (left 28 mm, right 26 mm)', () => {
    ready();
    const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf('decision'), '-']);
    const words = [
      ...bbox.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[5] ?? '' }));
    expect(words.length).toBeGreaterThan(10);
    const mm = 72 / 25.4;
    const left = Math.min(...words.map((w) => w.xMin));
    // A full-width stop or comma at the end of a line may hang into the margin (标点溢出边界, as in Word).
    const right = Math.max(...words.filter((w) => !/[，。、；：？！）”]$/.test(w.text)).map((w) => w.xMax));
    const hanging = Math.max(...words.map((w) => w.xMax));
    expect(hanging).toBeLessThan((210 - 26) * mm + 16 + 1.5);
    const top = Math.min(...words.map((w) => w.yMin));
    expect(left).toBeGreaterThan(28 * mm - 1.5);
    expect(left).toBeLessThan(28 * mm + 3);
    expect(right).toBeLessThan((210 - 26) * mm + 1.5);
    expect(top).toBeGreaterThan(37 * mm - 1.5);
  });

  it('renders the notice on one page with the Arabic date', () => {
    ready();
    const info = run('pdfinfo', [pdf('notice')]);
    expect(/^Pages:\s+(\d+)/m.exec(info)?.[1]).toBe('1');
    const text = squash(run('pdftotext', ['-layout', pdf('notice'), '-']));
    expect(text).toContain('受理通知书');
    expect(text).toContain('2026年1月20日');
    expect(text).toContain('2026年1月15日送来的仲裁申请书已收悉');
    expect(text).toContain('—1—');
  });

  it('renders the element-style 裁决书 template with its parts, the final-award remedies and page numbers', () => {
    ready();
    const info = run('pdfinfo', [pdf('award')]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = squash(run('pdftotext', ['-layout', pdf('award'), '-']));
    for (const part of ['裁决书', '仲裁请求', '无争议', '争议', '裁决如下', '十五日', '—1—', `—${pages}—`])
      expect(text).toContain(part);
    expect(readdirSync(OUT).filter((f) => /^award-\d+\.png$/.test(f))).toHaveLength(pages);
  });

  it('renders the 开庭通知书 template on A4 with the hearing time and place', () => {
    ready();
    const text = squash(run('pdftotext', ['-layout', pdf('hearing'), '-']));
    expect(text).toContain('开庭通知书');
    expect(text).toContain('—1—');
    expect(readdirSync(OUT).some((f) => /^hearing-\d+\.png$/.test(f))).toBe(true);
  });
});
