import { z } from 'zod';
import { SHA256_HEX } from './blob-refs';

/**
 * The wire contract of file transfer (docs/sync.md §2.11): `HEAD|PUT|GET /sync/blobs/:sha256`. Bytes travel as
 * `application/octet-stream`, never base64 in JSON; each PUT carries one chunk and `Content-Range: bytes a-b/total`.
 * The confirmed offset of a partial upload is the `Upload-Offset` header (HEAD, and every PUT answer).
 */
export const BLOB_PATH = '/sync/blobs';
export const UPLOAD_OFFSET = 'upload-offset';
export const UPLOAD_LENGTH = 'upload-length';

/** The largest chunk the server takes (the design's 1–4 MiB); the desktop sends 1 MiB by default. */
export const BLOB_CHUNK_MAX = 4 * 1024 * 1024;
export const BLOB_CHUNK_DEFAULT = 1024 * 1024;
/** A file larger than this is refused (attachments are ≤ 10 MB; generated documents far smaller). */
export const BLOB_MAX_BYTES = 200 * 1024 * 1024;

export const Sha256Param = z.object({
  sha256: z.string().regex(SHA256_HEX, { message: '文件编号（SHA-256）应为 64 位小写十六进制' }),
});

/** A chunk's place in the file: first and last byte (inclusive) and the file's whole size. */
export type ContentRange = { start: number; end: number; total: number };

export function parseContentRange(header: string | undefined): ContentRange | null {
  const m = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(header ?? '');
  if (!m) return null;
  const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (start > end || end >= total) return null;
  return { start, end, total };
}

export const formatContentRange = (start: number, length: number, total: number): string =>
  `bytes ${start}-${start + length - 1}/${total}`;

export const BlobPutAnswer = z.object({
  ok: z.literal(true),
  offset: z.number().int().nonnegative(),
  complete: z.boolean(),
});
export type BlobPutAnswer = z.infer<typeof BlobPutAnswer>;

export const BLOB_REFUSAL_CODES = [
  'blob_offset_mismatch',
  'blob_size_mismatch',
  'blob_hash_mismatch',
  'blob_not_found',
  'not_authorized',
  'unauthenticated',
  'VALIDATION',
] as const;

export const BlobRefusal = z.object({
  ok: z.literal(false),
  error: z.object({
    code: z.enum(BLOB_REFUSAL_CODES),
    message: z.string(),
    offset: z.number().int().nonnegative().optional(),
  }),
});
export type BlobRefusal = z.infer<typeof BlobRefusal>;
