import { base64ToBytes } from './file-bytes';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a blob to the browser as a download (an <a download> with a blob: URL; no window is opened). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A base64 file (a generated .docx by default) as a download. */
export const saveBase64 = (dataBase64: string, fileName: string, mime = DOCX_MIME): void =>
  saveBlob(new Blob([base64ToBytes(dataBase64)], { type: mime }), fileName);

/** Text (a CSV export by default) as a download. */
export const saveText = (text: string, fileName: string, mime = 'text/csv;charset=utf-8'): void =>
  saveBlob(new Blob([text], { type: mime }), fileName);
