import { ContainerOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { saveBase64 } from '../../components/save-file';

/**
 * 导出移送法院材料 (裁审衔接): main builds the case's court bundle — 卷宗目录, the documents, 送达回证, 要素表, the
 * evidence list and manifest.json with each file's SHA-256 — and it is saved like a downloaded document. A case
 * with many scans takes a while, so the button stays busy and says so until the file is handed over.
 */
export function CourtBundleButton({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportBundle = async () => {
    setBusy(true);
    const r = await call('documents:courtBundle', { caseId });
    setBusy(false);
    if (!r.ok) {
      void message.error(`导出移送法院材料失败：${errorText(r.error)}`);
      return;
    }
    saveBase64(r.value.dataBase64, r.value.fileName, 'application/zip');
    void message.success(`已导出移送法院材料（共 ${r.value.files + 1} 个文件）`);
  };
  return (
    <Button
      size="small"
      icon={<ContainerOutlined />}
      loading={busy}
      data-testid="court-bundle-export"
      onClick={() => void exportBundle()}
    >
      {busy ? '正在整理移送材料…' : '导出移送法院材料'}
    </Button>
  );
}
