import { z } from 'zod';
import { DocumentView, MissingFactView } from '../documents/document-args';
import { Id, IsoDate } from '../schema/primitives';

// A text option (the 线索移送函's suspected violations) is typed by the user, so it is longer than a choice's value.
const Options = z
  .record(z.string().max(40), z.string().max(800, { message: '文书选项不能超过 800 个字' }))
  .default({});
export const DocumentItem = z
  .object({ caseId: Id, templateId: z.string().min(1).max(60), options: Options })
  .strict();

export const DocumentTemplateInfo = z.object({
  id: z.string(),
  title: z.string(),
  group: z.enum(['mediation', 'arbitration', 'common']),
  kinds: z.array(z.enum(['mediation', 'arbitration'])),
  options: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      required: z.boolean(),
      input: z.enum(['select', 'text']),
      placeholder: z.string().optional(),
      choices: z.array(z.object({ value: z.string(), label: z.string() })),
    }),
  ),
});

/** 生成: `confirmed` after the user has seen the timing warnings (shared/documents/timing-warnings.ts). */
export const GenerateInput = DocumentItem.extend({ confirmed: z.boolean().default(false) }).strict();

/**
 * No document when facts are missing, or when `warnings` still need confirming (then `unconfirmed` is true);
 * a produced document carries the warnings it was confirmed with.
 */
export const GenerateResult = z.object({
  document: DocumentView.nullable(),
  created: z.boolean(),
  missing: z.array(MissingFactView),
  warnings: z.array(z.string()),
  unconfirmed: z.boolean(),
});

export const ItemWarningsView = z.object({
  caseId: z.string(),
  templateId: z.string(),
  warnings: z.array(z.string()),
});

/** 打印 / 导出 PDF: refused while any item has timing warnings not confirmed by the user. */
const PrintItems = z.array(DocumentItem).min(1).max(500);

export const BatchStatusView = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled']),
  total: z.number().int(),
  done: z.number().int(),
  created: z.number().int(),
  folder: z.string(),
  failed: z.array(
    z.object({
      caseId: z.string(),
      templateId: z.string(),
      missing: z.array(MissingFactView),
      message: z.string(),
    }),
  ),
  warned: z.array(ItemWarningsView),
});

export const HearingRow = z.object({
  caseId: z.string(),
  hearingDate: z.string(),
  caseNo: z.string(),
  applicants: z.string(),
  respondents: z.string(),
});

export const DocumentsContract = {
  'documents:templates': { input: z.object({}).strict(), output: z.array(DocumentTemplateInfo) },
  'documents:check': {
    input: DocumentItem,
    output: z.object({ missing: z.array(MissingFactView), warnings: z.array(z.string()) }),
  },
  'documents:generate': { input: GenerateInput, output: GenerateResult },
  'documents:list': { input: z.object({ caseId: Id }).strict(), output: z.array(DocumentView) },
  'documents:download': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  },
  'documents:printHtml': {
    input: z.object({ items: PrintItems }).strict(),
    output: z.object({
      html: z.string(),
      missing: z.array(
        z.object({ caseId: z.string(), templateId: z.string(), missing: z.array(MissingFactView) }),
      ),
      warnings: z.array(ItemWarningsView.extend({ caseNo: z.string(), title: z.string() })),
    }),
  },
  'documents:hearings': {
    input: z.object({ from: IsoDate, to: IsoDate }).strict(),
    output: z.array(HearingRow),
  },
  'documents:batchStart': {
    input: z.object({ items: z.array(DocumentItem).min(1).max(2000) }).strict(),
    output: BatchStatusView,
  },
  'documents:batchStatus': {
    input: z.object({ jobId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
    output: BatchStatusView,
  },
  'documents:batchCancel': {
    input: z.object({ jobId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(),
    output: BatchStatusView,
  },
  'documents:print': {
    input: z.object({ items: PrintItems, confirmed: z.boolean().default(false) }).strict(),
    output: z.object({ printed: z.boolean(), supported: z.boolean() }),
  },
  'documents:exportPdf': {
    input: z
      .object({
        items: PrintItems,
        fileName: z.string().min(1).max(120),
        confirmed: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ savedTo: z.string().nullable(), supported: z.boolean() }),
  },
  /** 导出移送法院材料: the case's court bundle (.zip with manifest.json), saved by the renderer like a document. */
  'documents:courtBundle': {
    input: z.object({ caseId: Id }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string(), files: z.number().int() }),
  },
} as const;
