import { App, Button, Form, Modal } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import { isValidIsoDate } from '../../../shared/validate/date';
import { todayInChina } from '../../../shared/util/clock';

/**
 * 调解不成转仲裁: after confirmation, creates the arbitration case from this mediation record (parties, claims and
 * facts copied) with the chosen receipt date — today by default, or the day the application was actually received.
 */
export function TransferButton({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [receivedDate, setReceivedDate] = useState(todayInChina());
  const [error, setError] = useState<string | null>(null);

  const transfer = async () => {
    if (!isValidIsoDate(receivedDate)) {
      setError('收件日期：请填写有效日期（YYYY-MM-DD）');
      return;
    }
    setBusy(true);
    const r = await call('cases:transferToArbitration', { mediationCaseId: caseId, receivedDate });
    setBusy(false);
    if (!r.ok) {
      setError(errorText(r.error));
      return;
    }
    setOpen(false);
    void message.success(`已转为仲裁案件，收件编号 ${r.value.provisionalNo}`);
    await navigate(hrefFor.case(r.value.arbitrationCaseId));
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="transfer-to-arbitration">
        调解不成转仲裁
      </Button>
      <Modal
        open={open}
        title="调解不成转仲裁"
        okText="转仲裁"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void transfer()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'transfer-confirm' }}
        destroyOnHidden
      >
        <p>将以本案的当事人、请求事项和事实理由登记一件新的仲裁案件，并与本调解案件相互关联。</p>
        <Form layout="vertical">
          <Form.Item
            label="仲裁申请收件日期"
            required
            {...(error ? { validateStatus: 'error' as const, help: error } : {})}
          >
            <DateField
              id="transfer-receivedDate"
              testId="transfer-receivedDate"
              value={receivedDate}
              onChange={(v) => {
                setReceivedDate(v);
                setError(null);
              }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
