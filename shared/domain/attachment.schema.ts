import { z } from 'zod';

/** A stored file referenced by a record: content-addressed by SHA-256 (sync §2.11). */
export const AttachmentRef = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: '附件编号无效' }),
  name: z
    .string()
    .trim()
    .min(1, { message: '请填写文件名' })
    .max(200, { message: '文件名不能超过 200 个字符' }),
  size: z.number().int().nonnegative(),
  mime: z.string().max(100),
});
export type AttachmentRef = z.infer<typeof AttachmentRef>;

/** At most 10 MB per uploaded file; larger scans should be split or compressed. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const AttachmentUpload = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: '请填写文件名' })
      .max(200, { message: '文件名不能超过 200 个字符' }),
    mime: z.string().max(100).default('application/octet-stream'),
    dataBase64: z
      .string()
      .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, { message: '附件不能超过 10 MB' })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: '附件内容编码无效' }),
  })
  .strict();
