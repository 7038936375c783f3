// 工作量 as .xlsx (replacing the hand-written CSV): one sheet, headers naming their periods, typed cells.

import ExcelJS from 'exceljs';
import { workloadExportHeader, workloadExportRows, type WorkloadReport } from '../../../shared/assignment';

export async function workloadWorkbook(report: WorkloadReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳动人事争议调解仲裁办案系统';
  const ws = wb.addWorksheet('工作量');
  ws.addRow(workloadExportHeader(report));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  for (const row of workloadExportRows(report)) ws.addRow(row);
  ws.columns.forEach((c, i) => {
    c.width = i === 0 ? 12 : 16;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 工作量-2026-01-01至2026-11-26.xlsx — the closures' period, which the snapshot figures end on too. */
export const workloadFileName = (period: { from: string; to: string }): string =>
  `工作量-${period.from}至${period.to}.xlsx`;
