import { describe, expect, it } from 'vitest';
import {
  listZipParts,
  normalizedText,
  readDocumentXml,
  readZipPart,
} from '../../electron/main/documents/docx-inspect';
import {
  CHAR_SPACE,
  columnTwips,
  CONDENSE_TWIPS,
  renderDocx,
  TEXT_WIDTH,
  withoutGridSnap,
} from '../../electron/main/documents/render-docx';
import { decisionSample, noticeSample, SAMPLE_CASE_NO, SAMPLE_COMMITTEE } from './sample-models';

const attr = (xml: string, element: string): Record<string, string> => {
  const m = new RegExp(`<${element}\\b([^>]*)/?>`).exec(xml);
  if (m === null) throw new Error(`${element} not found`);
  return Object.fromEntries(
    [...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a): [string, string] => [a[1] ?? '', a[2] ?? '']),
  );
};

describe('renderDocx', () => {
  it('lays out the page per GB/T 9704 in exact twips', async () => {
    const xml = await readDocumentXml(await renderDocx(decisionSample()));
    expect(attr(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attr(xml, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
    });
    expect(TEXT_WIDTH).toBe(8845);
    // 22 lines of 28.95 pt in the 225 mm text block.
    expect(Math.floor((16838 - 2098 - 1984) / 579)).toBe(22);
  });

  it('gets 28 characters a line: a line grid plus 0.25 pt condensing by default', async () => {
    const buf = await renderDocx(decisionSample());
    const xml = await readDocumentXml(buf);
    expect(attr(xml, 'w:docGrid')).toEqual({ 'w:type': 'lines', 'w:linePitch': '579' });
    const styles = await readZipPart(buf, 'word/styles.xml');
    // Body text advances 16 − 0.25 = 15.75 pt: 28 characters fit in 442.25 pt, 29 do not.
    expect(CONDENSE_TWIPS).toBe(-5);
    expect(28 * (16 + CONDENSE_TWIPS / 20)).toBeLessThanOrEqual(TEXT_WIDTH / 20);
    expect(29 * (16 + CONDENSE_TWIPS / 20)).toBeGreaterThan(TEXT_WIDTH / 20);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:spacing w:val="-5"\/>/);
    expect(styles).toMatch(
      /w:styleId="Normal"(?:(?!<\/w:style>).)*<w:spacing w:val="-5"\/>(?:(?!<\/w:style>).)*<w:sz w:val="32"\/>/,
    );
    // Titles do not snap to the grid.
    expect(styles).toMatch(
      /w:styleId="Title"(?:(?!<\/w:style>).)*<w:pPr><w:snapToGrid w:val="0"\/><w:spacing /,
    );
  });

  it("writes Word's line-and-character grid when asked", async () => {
    const buf = await renderDocx(decisionSample(), { grid: 'linesAndChars' });
    const grid = attr(await readDocumentXml(buf), 'w:docGrid');
    expect(grid).toEqual({
      'w:type': 'linesAndChars',
      'w:linePitch': '579',
      'w:charSpace': String(CHAR_SPACE),
    });
    // 28 characters in the 8845-twip text block: the grid pitch is 16 pt + charSpace/4096 pt ≈ 15.79 pt.
    expect(CHAR_SPACE).toBe(-841);
    expect(28 * (16 + CHAR_SPACE / 4096)).toBeCloseTo(TEXT_WIDTH / 20, 1);
    expect(await readZipPart(buf, 'word/styles.xml')).not.toContain('<w:spacing w:val="-5"/>');
  });

  it('uses the 公文 fonts and sizes: 仿宋_GB2312 3号 body, 方正小标宋简体 2号 title, 黑体 / 楷体 headings', async () => {
    const buf = await renderDocx(decisionSample());
    const xml = await readDocumentXml(buf);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toContain('<w:sz w:val="44"/>');
    // Body paragraphs: fixed 28.95 pt line, two-character first-line indent.
    expect(xml).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(xml).toContain('w:firstLine="640"');
    // The title paragraph: centred, 2号 方正小标宋简体.
    const title =
      /<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    const styles = await readZipPart(buf, 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts[^>]*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });

  it('names fallback fonts in fontTable.xml (w:altName) and accepts overrides', async () => {
    const buf = await renderDocx(decisionSample(), { fontFallbacks: { 方正小标宋简体: '华文中宋' } });
    expect(await listZipParts(buf)).toContain('word/fontTable.xml');
    const fonts = await readZipPart(buf, 'word/fontTable.xml');
    expect(fonts).toMatch(
      /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>.*?<w:charset w:val="86"\/>/,
    );
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
    expect(fonts).toContain('<w:font w:name="Times New Roman">');
  });

  it('puts "— PAGE —" in 4号 宋体 in the footer', async () => {
    const buf = await renderDocx(decisionSample());
    const footer = await readZipPart(buf, 'word/footer1.xml');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(footer).toContain('>— </w:t>');
    expect(footer).toContain('> —</w:t>');
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>');
    expect(footer).toContain('<w:jc w:val="center"/>');
  });

  it('writes the 案号 with 〔〕, parties, numbered headings, the table and a Chinese signature date', async () => {
    const buf = await renderDocx(decisionSample());
    const xml = await readDocumentXml(buf);
    expect(SAMPLE_CASE_NO).toBe('京朝劳人仲案字〔2026〕第123号');
    expect(xml).toContain(SAMPLE_CASE_NO);
    expect(xml).toContain('二〇二六年十一月二十五日');
    // Table: borders, header row repeated, widths adding up to the text block.
    expect(xml).toContain('<w:tblBorders><w:top w:val="single"');
    expect(xml).toContain('<w:tblHeader/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);

    const text = await normalizedText(buf);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([SAMPLE_COMMITTEE, '决 定 书', SAMPLE_CASE_NO]);
    expect(lines).toContain(
      '申请人：张三，男，1990年1月2日出生，汉族，公民身份号码：11010119900102123X，住址：北京市朝阳区建国路88号院3号楼2单元501室。',
    );
    expect(lines).toContain('委托代理人：王五，北京市某某律师事务所律师，特别授权。');
    expect(lines).toContain('法定代表人：李四，执行董事。');
    expect(lines.filter((l) => /^(一|二|三)、|^（[一二]）|^1\.|^（1）/.test(l))).toEqual([
      '一、案件事实',
      '（一）劳动关系情况',
      '（二）工资支付情况',
      '二、本委认为',
      '1.关于拖欠工资',
      '（1）关于经济补偿',
      '三、决定如下',
    ]);
    expect(lines).toContain('月份 | 应发工资 | 实发工资 | 差额');
    expect(lines).toContain('合计 | 24,000.00元 | 4,000.00元 | 20,000.00元');
    expect(text).toContain('20,000.00元（人民币贰万元整）');
    // Signature: roles spread to the widest, seal over the date, 书记员 after the date, then the note.
    expect(lines.slice(-7)).toEqual([
      '首席仲裁员　　赵六',
      '仲　裁　员　　钱七',
      '仲　裁　员　　孙八',
      SAMPLE_COMMITTEE,
      '二〇二六年十一月二十五日',
      '书　记　员　　周九',
      '本件与原本核对无异',
    ]);
  });

  it('writes the Arabic date for arabic dateStyle and the document properties', async () => {
    const buf = await renderDocx(noticeSample());
    expect(await normalizedText(buf)).toContain('2026年1月20日');
    const core = await readZipPart(buf, 'docProps/core.xml');
    expect(core).toContain('<dc:title>受理通知书</dc:title>');
    expect(core).toContain('<dc:creator>劳动人事争议调解仲裁办案系统</dc:creator>');
  });

  it('renders page breaks, spacers and a table after a page break', async () => {
    const buf = await renderDocx({
      title: '测试',
      blocks: [
        { kind: 'paragraph', runs: [{ text: '第一页' }] },
        { kind: 'pageBreak' },
        { kind: 'table', rows: [['甲', '乙']], borders: false, fontSize: 'body' },
        { kind: 'spacer', lines: 2 },
        { kind: 'paragraph', runs: [{ text: '居中' }], align: 'center' },
        { kind: 'pageBreak' },
      ],
    });
    const xml = await readDocumentXml(buf);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    expect(xml).toContain('<w:top w:val="none"');
    // A centred paragraph gets no first-line indent.
    expect(xml).toMatch(
      /<w:ind w:firstLine="0"\/><w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">居中</,
    );
    expect(await normalizedText(buf)).toBe('测试\n第一页\n甲 | 乙\n居中');
  });
});

describe('line breaks', () => {
  it("turns '\\n' in the title and in runs into w:br", async () => {
    const buf = await renderDocx({
      title: '关于某某事项的\n决定书',
      blocks: [{ kind: 'paragraph', runs: [{ text: '第一行\n第二行', bold: true }] }],
    });
    const xml = await readDocumentXml(buf);
    expect(xml.match(/<w:br\/>/g)).toHaveLength(2);
    expect(await normalizedText(buf)).toBe('关于某某事项的\n决定书\n第一行\n第二行');
  });
});

describe('columnTwips', () => {
  it('turns 1/100 widths into twips that add up to the text width', () => {
    expect(columnTwips(2)).toEqual([4422, 4423]);
    expect(columnTwips(3, [50, 25, 25])).toEqual([4422, 2211, 2212]);
    // Widths that do not add up to 100 are scaled; a wrong count falls back to equal widths.
    expect(columnTwips(2, [1, 3]).reduce((a, b) => a + b)).toBe(TEXT_WIDTH);
    expect(columnTwips(2, [100])).toEqual([4422, 4423]);
    expect(columnTwips(0)).toEqual([]);
  });
});

describe('withoutGridSnap', () => {
  it('adds w:snapToGrid="0" before the spacing, or a pPr when the style has none, and refuses a missing style', () => {
    const a = '<w:style w:type="paragraph" w:styleId="X"><w:pPr><w:spacing w:line="1"/></w:pPr></w:style>';
    expect(withoutGridSnap(a, 'X')).toContain('<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="1"/>');
    const b = '<w:style w:type="paragraph" w:styleId="X"><w:rPr><w:b/></w:rPr></w:style>';
    expect(withoutGridSnap(b, 'X')).toContain('<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr>');
    expect(() => withoutGridSnap(b, 'Y')).toThrow(/Y not found/);
  });
});
