import { z } from 'zod';
import { Id, IsoDate } from '../schema/primitives';

/** Recording one generated document version with the case (the file itself is a content-addressed blob). */
export const RecordDocumentArgs = z.object({
  id: Id.optional(),
  caseId: Id,
  templateId: z.string().min(1).max(60),
  /** The chosen options as canonical JSON (sorted keys): part of what identifies the document. */
  options: z.string().max(2000),
  title: z.string().min(1).max(200),
  dataHash: z.string().regex(/^[0-9a-f]{64}$/),
  blobSha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(200),
  size: z.number().int().positive(),
  version: z.number().int().min(1).optional(),
  /** The document's own date (the day it was made, printed on it): rebuilding for "stale" uses this day. */
  date: IsoDate.optional(),
});
export type RecordDocumentArgs = z.output<typeof RecordDocumentArgs>;

export const DocumentView = z.object({
  id: z.string(),
  caseId: z.string(),
  templateId: z.string(),
  version: z.number().int(),
  title: z.string(),
  options: z.record(z.string(), z.string()),
  dataHash: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  /**
   * True when the case data changed since this version was made (据以生成的数据已更正): rebuilding it on its own
   * date, as its own author, no longer gives the same document. Regenerating gives a new version.
   */
  stale: z.boolean(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const MissingFactView = z.object({ fact: z.string(), where: z.string() });
