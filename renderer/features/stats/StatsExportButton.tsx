import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { saveBase64, XLSX_MIME } from '../../components/save-file';

/** 导出: the official table, the rates and the case list as .xlsx, built in main with exceljs. */
export function StatsExportButton({ period }: { period: { from: string; to: string } }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportXlsx = async () => {
    setBusy(true);
    const r = await call('stats:xlsx', period);
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
      data-testid="stats-export"
    >
      导出 Excel
    </Button>
  );
}
