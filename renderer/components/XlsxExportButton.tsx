import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../api/client';
import { errorText } from '../api/errors';
import { saveBase64, XLSX_MIME } from './save-file';

type XlsxChannel = 'stats:xlsx' | 'workload:xlsx';

/** 导出: a period's report as .xlsx, built in main with exceljs and saved as a download. */
export function XlsxExportButton(props: {
  channel: XlsxChannel;
  period: { from: string; to: string };
  label: string;
  testId: string;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportXlsx = async () => {
    setBusy(true);
    const r = await call(props.channel, props.period);
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
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}
