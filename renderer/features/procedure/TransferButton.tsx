import { App, Button } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import { todayInChina } from '../../../shared/validate/date';

/**
 * 调解不成转仲裁: after confirmation, creates the arbitration case from this mediation record (parties and
 * claims copied, received today) and opens it.
 */
export function TransferButton({ caseId }: { caseId: string }) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);

  const transfer = async () => {
    setBusy(true);
    const r = await call('cases:transferToArbitration', {
      mediationCaseId: caseId,
      receivedDate: todayInChina(),
    });
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(r.error));
      return;
    }
    void message.success(`已转为仲裁案件，收件编号 ${r.value.provisionalNo}`);
    await navigate(hrefFor.case(r.value.arbitrationCaseId));
  };

  const confirm = () => {
    void modal.confirm({
      title: '调解不成转仲裁？',
      content: '将以本案的当事人和请求事项登记一件新的仲裁案件，收件日期为今天。',
      okText: '转仲裁',
      cancelText: '取消',
      onOk: () => transfer(),
    });
  };

  return (
    <Button type="primary" loading={busy} onClick={confirm} data-testid="transfer-to-arbitration">
      调解不成转仲裁
    </Button>
  );
}
