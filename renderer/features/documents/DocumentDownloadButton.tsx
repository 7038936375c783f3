import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { saveBase64 } from '../../components/save-file';

/** 下载: the kept .docx of this very version (documents:download), saved by the browser. */
export function DocumentDownloadButton({ id }: { id: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const r = await call('documents:download', { id });
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    saveBase64(r.value.dataBase64, r.value.fileName);
  };
  return (
    <Button
      type="link"
      size="small"
      icon={<DownloadOutlined />}
      loading={busy}
      data-testid="doc-download"
      onClick={() => void download()}
    >
      下载
    </Button>
  );
}
