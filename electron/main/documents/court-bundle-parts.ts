import type { DocContext } from '../../../shared/documents/context';
import { uniquePath, type BundleFile, type PlannedFile } from '../../../shared/documents/bundle/bundle-entry';
import {
  evidenceListModel,
  fileIndexModel,
  serviceListModel,
} from '../../../shared/documents/bundle/bundle-lists';
import { elementSheetModel, hasSheetData } from '../../../shared/documents/bundle/element-sheet-model';
import { evidenceFilesOf, evidenceTitle } from '../../../shared/documents/bundle/evidence-files';
import { DOCUMENT_TEMPLATES } from '../../../shared/documents/templates';
import { SERVED_DOCUMENTS } from '../../../shared/procedure/served-documents';
import { ok, type Result } from '../../../shared/result';
import type { DocumentRecord } from '../db/repositories/document.repo';
import { renderDocx } from './render-docx';

/** One file of the bundle with the bytes that go into the zip. */
export type Part = PlannedFile & { bytes: Buffer };

/** Reads a stored file (content-addressed), or says which material is missing or damaged. */
export type ReadBlob = (sha256: string, what: string) => Promise<Result<Buffer>>;

const order = (templateId: string) => {
  const i = DOCUMENT_TEMPLATES.findIndex((t) => t.id === templateId);
  return i < 0 ? DOCUMENT_TEMPLATES.length : i;
};

/** The newest version of each document of the case (one per template and options), in the procedure's order. */
export function latestDocuments(docs: readonly DocumentRecord[]): DocumentRecord[] {
  const newest = new Map<string, DocumentRecord>();
  for (const d of docs) {
    const key = `${d.templateId}|${d.options}`;
    const seen = newest.get(key);
    if (seen === undefined || d.version > seen.version) newest.set(key, d);
  }
  return [...newest.values()].sort(
    (a, b) => order(a.templateId) - order(b.templateId) || a.createdAt.localeCompare(b.createdAt),
  );
}

const servedLabel = (code: string) => SERVED_DOCUMENTS.find((d) => d.code === code)?.label ?? code;
const dayOf = (d: DocumentRecord) => d.docDate ?? d.createdAt.slice(0, 10);

/**
 * Every file of the bundle but the index and the manifest: the documents (each one's latest version, the very
 * bytes kept when it was issued), the service record with its 送达回证 scans, the 要素表 and the other steps'
 * evidence, then the evidence list naming all of them with their SHA-256.
 */
export async function collectParts(
  ctx: DocContext,
  documents: readonly DocumentRecord[],
  readBlob: ReadBlob,
  sha256: (b: Buffer) => string,
): Promise<Result<Part[]>> {
  const taken = new Set<string>();
  const parts: Part[] = [];
  for (const d of latestDocuments(documents)) {
    const bytes = await readBlob(d.blobSha256, `文书“${d.title}”`);
    if (!bytes.ok) return bytes;
    const path = uniquePath(taken, '01-文书', d.fileName);
    parts.push({
      path,
      title: `${d.title}（第${d.version}版）`,
      category: 'document',
      date: dayOf(d),
      bytes: bytes.value,
    });
  }

  const evidence = evidenceFilesOf(ctx.events);
  const proofPaths = new Map<string, string>();
  const evidenceParts: Part[] = [];
  for (const item of evidence) {
    const bytes = await readBlob(item.file.sha256, `“${item.file.name}”`);
    if (!bytes.ok) return bytes;
    const folder = item.service === null ? '04-证据材料' : '02-送达回证';
    const path = uniquePath(taken, folder, `${item.occurredOn}-${item.file.name}`);
    if (item.service !== null) proofPaths.set(item.eventId, path);
    const category = item.service === null ? 'evidence' : 'service';
    evidenceParts.push({
      path,
      title: evidenceTitle(item),
      category,
      date: item.occurredOn,
      bytes: bytes.value,
    });
  }
  if (ctx.services.length > 0) {
    const model = serviceListModel(ctx, servedLabel, (id) => proofPaths.get(id) ?? null);
    const path = uniquePath(taken, '02-送达回证', '送达情况登记表.docx');
    parts.push({
      path,
      title: '送达情况登记表',
      category: 'service',
      date: ctx.date,
      bytes: await renderDocx(model),
    });
  }
  parts.push(...evidenceParts.filter((p) => p.category === 'service'));

  for (const c of ctx.comparisons.filter(hasSheetData)) {
    const path = uniquePath(taken, '03-要素表', `要素表-${c.templateTitle}.docx`);
    const bytes = await renderDocx(elementSheetModel(ctx, c));
    parts.push({ path, title: `要素表（${c.templateTitle}）`, category: 'elements', date: ctx.date, bytes });
  }
  parts.push(...evidenceParts.filter((p) => p.category === 'evidence'));

  const listed: BundleFile[] = parts.map((p) => ({
    ...plan(p),
    sha256: sha256(p.bytes),
    size: p.bytes.length,
  }));
  const listPath = uniquePath(taken, '04-证据材料', '证据材料清单.docx');
  const list = await renderDocx(evidenceListModel(ctx, listed));
  parts.push({ path: listPath, title: '证据材料清单', category: 'evidence', date: ctx.date, bytes: list });
  return ok(parts);
}

const plan = (p: Part): PlannedFile => ({ path: p.path, title: p.title, category: p.category, date: p.date });

/** 卷宗目录 over the collected files, at the root of the zip. */
export async function indexPart(ctx: DocContext, parts: readonly Part[]): Promise<Part> {
  const bytes = await renderDocx(fileIndexModel(ctx, parts.map(plan)));
  return { path: '00-卷宗目录.docx', title: '卷宗目录', category: 'index', date: ctx.date, bytes };
}
