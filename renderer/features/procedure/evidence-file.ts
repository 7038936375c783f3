import { MAX_ATTACHMENT_BYTES } from '../../../shared/domain/attachment.schema';

/**
 * Helpers for the 送达凭证 file: the 10 MB limit (checked before reading, so a large scan is refused at once),
 * base64 in and out (attachments travel over IPC as base64), a name within the schema's 200 characters.
 */

const MB = 1024 * 1024;

/** '856 B', '12.3 KB', '4.5 MB'. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** A Chinese refusal for a file that is empty or over 10 MB, or null when the size is acceptable. */
export function evidenceSizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `文件“${name}”是空文件，请重新选择`;
  if (bytes > MAX_ATTACHMENT_BYTES)
    return `文件“${name}”有 ${fileSizeText(bytes)}，超过 10 MB 上限，请压缩或分拆后再上传`;
  return null;
}

/** FileReader's 'data:<mime>;base64,<data>' → '<data>'. */
export function dataUrlToBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma < 0 ? '' : dataUrl.slice(comma + 1);
}

/** base64 → bytes, for a Blob to download. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The file name cut to 200 characters (the schema's limit), keeping the extension. */
export function attachmentName(name: string, max = 200): string {
  const trimmed = name.trim() === '' ? '送达凭证' : name.trim();
  if (trimmed.length <= max) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  const ext = dot > 0 && trimmed.length - dot <= 10 ? trimmed.slice(dot) : '';
  return trimmed.slice(0, max - ext.length) + ext;
}
