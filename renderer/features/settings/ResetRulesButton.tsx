import { Button, Modal, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';

type Props = { custom: boolean; busy: boolean; onConfirm: () => Promise<void> };

/**
 * 恢复默认规则, behind a confirmation that says what happens: the committee's own rules are dropped and every
 * case's deadlines are recomputed with the shipped defaults. "取消" has the focus, so Enter never resets.
 */
export function ResetRulesButton({ custom, busy, onConfirm }: Props) {
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const confirm = async () => {
    setRunning(true);
    await onConfirm();
    setRunning(false);
    setOpen(false);
  };
  return (
    <>
      <Tooltip title={custom ? undefined : '当前已在使用默认规则'}>
        <Button danger disabled={!custom || busy} data-testid="rules-reset" onClick={() => setOpen(true)}>
          恢复默认规则
        </Button>
      </Tooltip>
      <Modal
        open={open}
        title="恢复默认期限规则？"
        onCancel={() => setOpen(false)}
        mask={{ closable: false }}
        destroyOnHidden
        footer={
          <Space>
            <Button autoFocus data-testid="rules-reset-cancel" onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button
              danger
              type="primary"
              loading={running}
              data-testid="rules-reset-confirm"
              onClick={() => void confirm()}
            >
              删除自定义规则并恢复默认
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          本委员会自定义的全部期限规则将被删除，改用系统内置的默认规则，并立即按默认规则重新计算所有案件的法定期限——案件上显示的到期日可能随之改变。
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">
          此操作不能撤销。如需保留当前规则，请先复制编辑框中的 JSON 另行保存。
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
