import { base64ToBytes } from './file-bytes';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hands a base64 file to the browser as a download (an <a download> with a blob: URL; no window is opened). */
export function saveBase64(dataBase64: string, fileName: string, mime = DOCX_MIME): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(dataBase64)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
