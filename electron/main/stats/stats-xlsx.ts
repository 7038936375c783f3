// The .xlsx export of 统计分析, built in main with exceljs like the .docx documents: sheet 统计表 is the official
// table in the yearbook layout (merged group headers over their columns, one row of figures), 比率 the rates with
// numerator, denominator and the definition's citation, 案件清单 every case behind a figure.

import ExcelJS from 'exceljs';
import type { StatsView } from '../../../shared/contracts/stats.schema';
import { caseOutcomeLabel } from '../../../shared/procedure/outcomes';
import { formatFen } from '../../../shared/format';
import { coverageText, headerGroups, OFFICIAL_COLUMNS, RATE_IDS } from '../../../shared/stats';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;

function tableSheet(wb: ExcelJS.Workbook, v: StatsView): void {
  const ws = wb.addWorksheet('统计表');
  const n = OFFICIAL_COLUMNS.length;
  ws.mergeCells(1, 1, 1, n);
  ws.getCell(1, 1).value = `劳动人事争议处理情况（${v.period.from} 至 ${v.period.to}）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = CENTER;
  ws.mergeCells(2, 1, 2, n);
  ws.getCell(2, 1).value = coverageText(v.coverage);
  for (const [group, first, count] of headerGroups(OFFICIAL_COLUMNS)) {
    const col = first + 1;
    const alone = count === 1 && OFFICIAL_COLUMNS[first]?.label === group;
    if (alone) ws.mergeCells(3, col, 4, col);
    else if (count > 1) ws.mergeCells(3, col, 3, col + count - 1);
    ws.getCell(3, col).value = group;
  }
  OFFICIAL_COLUMNS.forEach((c, i) => {
    if (c.label !== c.group) ws.getCell(4, i + 1).value = c.label;
    ws.getCell(5, i + 1).value = c.pick(v.figures.table).value;
    ws.getColumn(i + 1).width = 11;
  });
  for (let r = 3; r <= 5; r += 1)
    for (let c = 1; c <= n; c += 1) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = CENTER;
      if (r < 5) cell.font = { bold: true };
    }
}

function ratesSheet(wb: ExcelJS.Workbook, v: StatsView): void {
  const ws = wb.addWorksheet('比率');
  ws.columns = [
    { header: '指标', width: 14 },
    { header: '分子', width: 8 },
    { header: '分母', width: 8 },
    { header: '数值（%）', width: 10 },
    { header: '目标（%）', width: 10 },
    { header: '口径说明', width: 80 },
  ];
  for (const id of RATE_IDS) {
    const r = v.figures.rates[id];
    ws.addRow([
      r.label,
      r.numerator.value,
      r.denominator.value,
      r.value === null ? '—' : Math.round(r.value * 10000) / 100,
      r.target === null ? '' : `≥ ${r.target}`,
      r.citation,
    ]);
  }
  const avg = v.figures.averageDaysToClose;
  ws.addRow([
    '平均结案天数',
    avg.totalDays,
    avg.cases.value,
    avg.value === null ? '—' : Math.round(avg.value * 10) / 10,
    '',
    '受理至结案的自然日数之和 ÷ 结案数',
  ]);
  ws.addRow([
    '涉案金额（请求，元）',
    formatFen(v.figures.amounts.claimedFen.value),
    '',
    '',
    '',
    '本期受理案件的请求金额合计',
  ]);
  ws.addRow([
    '涉案金额（裁决，元）',
    formatFen(v.figures.amounts.awardedFen.value),
    '',
    '',
    '',
    '本期裁决结案的裁决金额合计',
  ]);
  ws.getRow(1).font = { bold: true };
}

function casesSheet(wb: ExcelJS.Workbook, v: StatsView): void {
  const ws = wb.addWorksheet('案件清单');
  ws.columns = [
    { header: '案号', width: 28 },
    { header: '类型', width: 8 },
    { header: '办案机构', width: 20 },
    { header: '承办人', width: 10 },
    { header: '受理日期', width: 12 },
    { header: '结案日期', width: 12 },
    { header: '结案方式', width: 16 },
    { header: '计入', width: 60 },
  ];
  const where = new Map<string, string[]>();
  for (const c of OFFICIAL_COLUMNS)
    for (const id of c.pick(v.figures.table).caseIds) {
      const label = c.label === c.group ? c.label : `${c.group}·${c.label}`;
      where.set(id, [...(where.get(id) ?? []), label]);
    }
  for (const [id, labels] of [...where].sort(([a], [b]) =>
    (v.cases[a]?.caseNo ?? a).localeCompare(v.cases[b]?.caseNo ?? b, 'zh-Hans-CN'),
  )) {
    const c = v.cases[id];
    if (c === undefined) continue;
    ws.addRow([
      c.caseNo,
      c.kind === 'mediation' ? '调解' : '仲裁',
      c.officeName,
      c.handlerName ?? '',
      c.acceptedDate ?? '',
      c.closedDate ?? '',
      c.outcome === null ? '' : caseOutcomeLabel(c.outcome),
      labels.join('；'),
    ]);
  }
  ws.getRow(1).font = { bold: true };
}

export async function statsWorkbook(v: StatsView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳动人事争议调解仲裁办案系统';
  tableSheet(wb, v);
  ratesSheet(wb, v);
  casesSheet(wb, v);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
