import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { saveBase64, XLSX_MIME } from '../../components/save-file';

/** 导出: the 工作量 table as .xlsx, built in main (Chinese headers naming their periods). */
export function WorkloadExportButton({ period }: { period: { from: string; to: string } }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportXlsx = async () => {
    setBusy(true);
    const r = await call('workload:xlsx', period);
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    saveBase64(r.value.dataBase64, r.value.fileName, XLSX_MIME);
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void exportXlsx()}
      data-testid="workload-export"
    >
      导出
    </Button>
  );
}
