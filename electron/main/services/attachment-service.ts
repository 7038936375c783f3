import type { AttachmentRef } from '../../../shared/domain/attachment.schema';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachment.schema';
import { err, ok, type Result } from '../../../shared/result';
import type { BlobStore } from '../blobs/blob-store';
import type { Repos } from '../db/repositories';
import { readOrFetch, type FetchBlob } from './fetch-on-open';

/** Evidence files (送达回证 scans, receipts): stored content-addressed and queued for upload to the server. */
export function createAttachmentService(repos: Repos, blobs: BlobStore | undefined, fetchBlob?: FetchBlob) {
  const get = (sha256: string): Result<{ dataBase64: string; size: number }> => {
    const bytes = blobs?.get(sha256) ?? null;
    return bytes
      ? ok({ dataBase64: bytes.toString('base64'), size: bytes.length })
      : err('NOT_FOUND', '附件不存在');
  };
  return {
    upload(input: { name: string; mime: string; dataBase64: string }): Result<AttachmentRef> {
      if (!blobs) return err('INTERNAL', '附件存储不可用');
      const bytes = Buffer.from(input.dataBase64, 'base64');
      if (bytes.length === 0) return err('VALIDATION', '附件为空');
      if (bytes.length > MAX_ATTACHMENT_BYTES) return err('VALIDATION', '附件不能超过 10 MB');
      const { sha256, size } = blobs.put(bytes);
      repos.blobQueue.enqueueUpload(sha256, size);
      return ok({ sha256, size, name: input.name, mime: input.mime });
    },
    get,
    /** As `get`, fetching the file from the centre first when this desktop lacks it (an archived case's). */
    open: (sha256: string) => readOrFetch(sha256, fetchBlob, () => get(sha256)),
  };
}
