// The lists of the court bundle (移送法院材料, issue 13 item 5) as document models in the house layout: the
// case-file index (卷宗目录), the evidence list with each file's SHA-256 (证据材料清单) and the service record
// (送达情况登记表). Each is headed like the committee's other documents (letterhead, 案号), tables in 4号.

import type { DocContext } from '../context';
import { paragraph, type DocModel, type TableCell } from '../model';
import { arabicDate } from '../../format';
import { SERVICE_METHODS } from '../../procedure/served-documents';
import { categoryLabel, sizeText, type BundleFile, type PlannedFile } from './bundle-entry';

const caseNoOf = (ctx: DocContext): string => ctx.case.officialNo ?? ctx.case.provisionalNo;
const centred = (text: string): TableCell => ({ text, align: 'center' });
const dateText = (d: string | null): string => (d === null ? '—' : arabicDate(d));

function listModel(
  ctx: DocContext,
  title: string,
  intro: string,
  table: DocModel['blocks'][number],
): DocModel {
  return {
    title,
    letterhead: { committeeName: ctx.committee.name.trim(), caseNo: caseNoOf(ctx) },
    blocks: [paragraph(intro), table],
    signature: { lines: [], date: ctx.date, dateStyle: 'arabic', seal: ctx.committee.name.trim() },
  };
}

const partiesLine = (ctx: DocContext): string => {
  const names = (role: string) =>
    ctx.case.parties
      .filter((p) => p.role === role && p.kind !== 'agent')
      .map((p) => p.name)
      .join('、');
  return `申请人${names('applicant')}与被申请人${names('respondent')}`;
};

/**
 * 卷宗目录: every file of the bundle (but the index itself and the manifest) by its path in the zip, so the court
 * can find each one; the manifest carries their SHA-256.
 */
export function fileIndexModel(ctx: DocContext, files: readonly PlannedFile[]): DocModel {
  return listModel(
    ctx,
    '卷宗目录',
    `${partiesLine(ctx)}劳动人事争议一案移送人民法院的材料共${files.length}件，目录如下（各文件的 SHA-256 校验值见证据材料清单及 manifest.json）：`,
    {
      kind: 'table',
      header: ['序号', '类别', '材料名称', '日期', '文件'],
      columnWidths: [10, 12, 30, 18, 30],
      rows: files.map((f, i) => [
        centred(String(i + 1)),
        centred(categoryLabel(f.category)),
        f.title,
        centred(dateText(f.date)),
        f.path,
      ]),
    },
  );
}

/** 证据材料清单: each file of the bundle but this list, the index and the manifest, with its size and SHA-256. */
export function evidenceListModel(ctx: DocContext, files: readonly BundleFile[]): DocModel {
  return listModel(
    ctx,
    '证据材料清单',
    files.length === 0
      ? '本案无随卷移送的电子材料。'
      : `本案随卷移送的电子材料共${files.length}件。每一文件的 SHA-256 校验值按其写入移送材料的内容计算，可用于核对文件是否被改动：`,
    {
      kind: 'table',
      header: ['序号', '材料名称', '文件', '大小', 'SHA-256'],
      columnWidths: [10, 22, 24, 12, 32],
      rows: files.map((f, i) => [
        centred(String(i + 1)),
        f.title,
        f.path,
        centred(sizeText(f.size)),
        f.sha256,
      ]),
    },
  );
}

const methodLabel = (code: string): string => SERVICE_METHODS.find((m) => m.code === code)?.label ?? code;

/** 送达情况登记表: every service record in force, with the path of its 送达回证 scan when one was uploaded. */
export function serviceListModel(
  ctx: DocContext,
  documentLabel: (code: string) => string,
  proofPath: (eventId: string) => string | null,
): DocModel {
  return listModel(ctx, '送达情况登记表', `${partiesLine(ctx)}劳动人事争议一案的送达情况如下：`, {
    kind: 'table',
    header: ['序号', '送达文书', '受送达人', '送达方式', '送达日期', '送达回证'],
    columnWidths: [10, 20, 18, 14, 16, 22],
    rows: ctx.services.map((s, i) => [
      centred(String(i + 1)),
      documentLabel(s.document),
      s.addressee,
      centred(methodLabel(s.method)),
      centred(dateText(s.servedOn ?? s.publishedOn ?? s.effectiveOn)),
      proofPath(s.eventId) ?? (s.evidence === null ? '未上传' : s.evidence),
    ]),
  });
}
