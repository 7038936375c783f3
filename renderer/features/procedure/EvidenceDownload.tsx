import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { AttachmentRef } from '../../../shared/domain/attachment.schema';
import { base64ToBytes } from '../../components/file-bytes';

/** Hands bytes to the browser as a download (an <a download> with a blob: URL; no new window is opened). */
function saveAs(bytes: Uint8Array<ArrayBuffer>, name: string, mime: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes], { type: mime === '' ? 'application/octet-stream' : mime }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 查看凭证: fetches the stored 送达凭证 file (attachments:get) and offers it as a download. */
export function EvidenceDownload({ file }: { file: AttachmentRef }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    const r = await call('attachments:get', { sha256: file.sha256 });
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    saveAs(base64ToBytes(r.value.dataBase64), file.name, file.mime);
  };
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      loading={busy}
      title={file.name}
      data-testid="service-evidence-download"
      onClick={() => void open()}
    >
      查看凭证
    </Button>
  );
}
