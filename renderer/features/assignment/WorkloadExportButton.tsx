import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { saveText } from '../../components/save-file';
import { workloadFileName } from './workload-columns';

/** 导出: the 工作量 table as CSV (Chinese headers naming their periods, BOM so Excel reads UTF-8). */
export function WorkloadExportButton({ period }: { period: { from: string; to: string } }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    const r = await call('workload:csv', period);
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    saveText(r.value.csv, workloadFileName(period));
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void exportCsv()}
      data-testid="workload-export"
    >
      导出
    </Button>
  );
}
