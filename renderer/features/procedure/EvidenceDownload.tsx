import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import type { AttachmentRef } from '../../../shared/domain/attachment.schema';
import { saveBase64 } from '../../components/save-file';

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
    saveBase64(r.value.dataBase64, file.name, file.mime === '' ? 'application/octet-stream' : file.mime);
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
