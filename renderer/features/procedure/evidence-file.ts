import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachment.schema';
import { fileSizeText } from '../../components/file-bytes';

/**
 * Helpers for the 送达凭证 file: the 10 MB limit (checked before reading, so a large scan is refused at once)
 * and a name within the schema's 200 characters. Base64 and size text are in components/file-bytes.
 */

/** A Chinese refusal for a file that is empty or over 10 MB, or null when the size is acceptable. */
export function evidenceSizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `文件“${name}”是空文件，请重新选择`;
  if (bytes > MAX_ATTACHMENT_BYTES)
    return `文件“${name}”有 ${fileSizeText(bytes)}，超过 10 MB 上限，请压缩或分拆后再上传`;
  return null;
}

/** The file name cut to 200 characters (the schema's limit), keeping the extension. */
export function attachmentName(name: string, max = 200): string {
  const trimmed = name.trim() === '' ? '送达凭证' : name.trim();
  if (trimmed.length <= max) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, max - ext.length) + ext;
}
