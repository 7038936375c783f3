import { createHash } from 'node:crypto';
import type { DocModel } from '../../../shared/documents';
import { documentsHtml } from '../../../shared/documents';
import type { DocumentView } from '../../../shared/documents/document-args';
import type { DocContext, MissingFact } from '../../../shared/documents/context';
import { DOCUMENT_TEMPLATES, templateById } from '../../../shared/documents/templates';
import { timingWarnings } from '../../../shared/documents/timing-warnings';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import type { BlobStore } from '../blobs/blob-store';
import { readOrFetch, type FetchBlob } from '../services/fetch-on-open';
import type { DocumentSources } from './document-sources';
import { toActor, toSessionUser } from '../services/auth-service';
import type { DocumentRecord } from '../db/repositories/document.repo';
import { buildDocContext } from './build-context';
import { renderDocx } from './render-docx';

/** Options as canonical JSON (sorted keys), so the same choice always names the same document series. */
export const canonicalOptions = (o: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120);

export type Built =
  { ok: true; model: DocModel; ctx: DocContext; warnings: string[] } | { ok: false; missing: MissingFact[] };

/** Warnings for one item of a print or batch, e.g. a 开庭通知书 made after the hearing date. */
export type ItemWarnings = { caseId: string; templateId: string; warnings: string[] };
/** … with the case number and the document title, for a merged print across cases. */
export type NamedItemWarnings = ItemWarnings & { caseNo: string; title: string };

/**
 * One click from the case: build the document from the case's data, refuse with the list of missing facts,
 * render the .docx, keep it (content-addressed) as a new version only when the data changed.
 */
export function createDocumentService(
  s: DocumentSources,
  blobs: BlobStore,
  now: () => number = Date.now,
  fetchBlob?: FetchBlob,
) {
  function download(id: string): Result<{ fileName: string; dataBase64: string }> {
    const d = s.repos.documents.get(id);
    const bytes = d ? blobs.get(d.blobSha256) : null;
    if (!d || !bytes) return err('NOT_FOUND', '文书文件不存在');
    return ok({ fileName: d.fileName, dataBase64: bytes.toString('base64') });
  }
  function build(
    caseId: string,
    templateId: string,
    options: Record<string, string>,
    user: SessionUser,
    date?: string,
  ): Result<Built> {
    const template = templateById(templateId);
    if (!template) return err('VALIDATION', `未知的文书：${templateId}`);
    const ctx = buildDocContext(s, caseId, user, date ?? todayInChina(now()), options);
    if (!ctx.ok) return ctx;
    if (!template.kinds.includes(ctx.value.case.kind))
      return err('VALIDATION', `“${template.title}”不适用于本案`);
    const r = template.build(ctx.value);
    return ok(
      r.ok
        ? { ok: true, model: r.model, ctx: ctx.value, warnings: timingWarnings(templateId, ctx.value) }
        : { ok: false, missing: r.missing },
    );
  }

  const view = (d: DocumentRecord, stale: boolean): DocumentView => ({
    id: d.id,
    caseId: d.caseId,
    templateId: d.templateId,
    version: d.version,
    title: d.title,
    options: JSON.parse(d.options) as Record<string, string>,
    dataHash: d.dataHash,
    fileName: d.fileName,
    size: d.size,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    stale,
  });

  /**
   * "The case data changed" (据以生成的数据已更正): the document rebuilt as it was made — on its own date, by its
   * own author — differs from what was kept. Rebuilding with today's date or the viewer would flip the flag with
   * the calendar or with who looks. Versions from before the date was stored fall back to their creation day.
   */
  function isStale(d: DocumentRecord, viewer: SessionUser): boolean {
    const author = s.repos.staff.get(d.createdBy);
    const asMadeBy = author ? toSessionUser(s.repos, author) : viewer;
    const date = d.docDate ?? todayInChina(Date.parse(d.createdAt));
    const b = build(d.caseId, d.templateId, JSON.parse(d.options) as Record<string, string>, asMadeBy, date);
    return b.ok && b.value.ok ? sha256(JSON.stringify(b.value.model)) !== d.dataHash : false;
  }

  /**
   * Produces the document, unless facts are missing, or its timing needs confirming (timing-warnings.ts) and the
   * caller has not confirmed: then the warnings come back and nothing is written.
   */
  async function generate(
    caseId: string,
    templateId: string,
    options: Record<string, string>,
    user: SessionUser,
    confirmed = false,
  ): Promise<
    Result<
      | { document: DocumentView; created: boolean; warnings: string[] }
      | { missing: MissingFact[] }
      | { unconfirmed: string[] }
    >
  > {
    const date = todayInChina(now());
    const b = build(caseId, templateId, options, user, date);
    if (!b.ok) return b;
    if (!b.value.ok) return ok({ missing: b.value.missing });
    const { model, ctx, warnings } = b.value;
    if (warnings.length > 0 && !confirmed) return ok({ unconfirmed: warnings });
    const dataHash = sha256(JSON.stringify(model));
    const opts = canonicalOptions(options);
    const last = s.repos.documents.latest(caseId, templateId, opts);
    if (last?.dataHash === dataHash) return ok({ document: view(last, false), created: false, warnings });
    const bytes = await renderDocx(model);
    const { sha256: blob, size } = blobs.put(bytes);
    s.repos.blobQueue.enqueueUpload(blob, size);
    const caseNo = ctx.case.officialNo ?? ctx.case.provisionalNo;
    const title = templateById(templateId)?.title ?? templateId;
    // The chosen options (e.g. 受送达人) are part of the name, so a batch never writes two documents to one file.
    const optionLabels = (templateById(templateId)?.options ?? []).flatMap((o) => {
      const label = o.choices.find((c) => c.value === options[o.key])?.label;
      return label === undefined ? [] : [label];
    });
    const fileName = `${[safeName(caseNo), safeName(model.title.replace(/\n/g, '')), ...optionLabels.map(safeName)].join('-')}-v${(last?.version ?? 0) + 1}.docx`;
    const r = s.mutations.run(
      'documents.record',
      { caseId, templateId, options: opts, title, dataHash, blobSha256: blob, fileName, size, date },
      toActor(user),
    );
    if (!r.ok) return r;
    const rec = s.repos.documents.get(r.value.id);
    return rec
      ? ok({ document: view(rec, false), created: true, warnings })
      : err('INTERNAL', '文书已生成但未能读取记录');
  }

  return {
    templates: () =>
      DOCUMENT_TEMPLATES.map((t) => ({
        id: t.id,
        title: t.title,
        group: t.group,
        kinds: [...t.kinds],
        options: (t.options ?? []).map((o) => ({
          ...o,
          input: o.input ?? 'select',
          choices: [...o.choices],
        })),
      })),
    check(
      caseId: string,
      templateId: string,
      options: Record<string, string>,
      user: SessionUser,
    ): Result<{ missing: MissingFact[]; warnings: string[] }> {
      const b = build(caseId, templateId, options, user);
      if (!b.ok) return b;
      return ok(
        b.value.ok ? { missing: [], warnings: b.value.warnings } : { missing: b.value.missing, warnings: [] },
      );
    },
    generate,
    /** Every kept version, newest first per document; the newest is marked stale when the data changed since. */
    list(caseId: string, user: SessionUser): DocumentView[] {
      const docs = s.repos.documents.listByCase(caseId);
      const seen = new Set<string>();
      return docs.map((d) => {
        const key = `${d.templateId}|${d.options}`;
        if (seen.has(key)) return view(d, false);
        seen.add(key);
        return view(d, isStale(d, user));
      });
    },
    download,
    /** As `download`, fetching the file from the centre first when this desktop lacks it (an archived case's). */
    open: (id: string) =>
      readOrFetch(s.repos.documents.get(id)?.blobSha256 ?? null, fetchBlob, () => download(id)),
    /** Print HTML for one or more documents (one combined print job), from the current case data. */
    printHtml(
      items: readonly { caseId: string; templateId: string; options: Record<string, string> }[],
      user: SessionUser,
    ): Result<{
      html: string;
      missing: { caseId: string; templateId: string; missing: MissingFact[] }[];
      warnings: NamedItemWarnings[];
    }> {
      const models: DocModel[] = [];
      const missing: { caseId: string; templateId: string; missing: MissingFact[] }[] = [];
      const warnings: NamedItemWarnings[] = [];
      for (const it of items) {
        const b = build(it.caseId, it.templateId, it.options, user);
        if (!b.ok) return b;
        if (!b.value.ok) {
          missing.push({ caseId: it.caseId, templateId: it.templateId, missing: b.value.missing });
          continue;
        }
        models.push(b.value.model);
        if (b.value.warnings.length > 0)
          warnings.push({
            caseId: it.caseId,
            templateId: it.templateId,
            warnings: b.value.warnings,
            caseNo: b.value.ctx.case.officialNo ?? b.value.ctx.case.provisionalNo,
            title: templateById(it.templateId)?.title ?? it.templateId,
          });
      }
      return ok({ html: documentsHtml(models), missing, warnings });
    },
    /** What the desktop shell prints or saves as PDF; refused while timing warnings are unconfirmed. */
    printable(
      items: readonly { caseId: string; templateId: string; options: Record<string, string> }[],
      confirmed: boolean,
      user: SessionUser,
    ): Result<{ html: string }> {
      const r = this.printHtml(items, user);
      if (!r.ok) return r;
      const warnings = r.value.warnings.flatMap((w) => w.warnings);
      if (warnings.length > 0 && !confirmed)
        return err('CONFLICT', `请先确认以下提示再打印：${warnings.join('；')}`, {
          warnings: r.value.warnings,
        });
      return ok({ html: r.value.html });
    },
  };
}
export type DocumentService = ReturnType<typeof createDocumentService>;
