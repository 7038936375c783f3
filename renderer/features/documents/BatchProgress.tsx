import { Alert, Button, Popconfirm, Progress, Space, Typography } from 'antd';
import { percentDone } from './batch-plan';
import { BatchFailures } from './BatchFailures';
import type { BatchStatus } from './use-batch-job';

type Props = {
  status: BatchStatus;
  onCancel: () => void;
  caseName: (caseId: string) => string;
  templateName: (templateId: string) => string;
};

/** 第三步 while and after it runs: the progress with 取消, then the folder, the count made and what failed. */
export function BatchProgress({ status, onCancel, caseName, templateName }: Props) {
  const percent = percentDone(status.done, status.total);
  const running = status.state === 'running';
  return (
    <div className="batch-step">
      <Space align="center" className="batch-progress-row">
        <div
          data-testid="batch-progress"
          data-percent={percent}
          data-state={status.state}
          data-total={status.total}
          style={{ width: 360 }}
        >
          <Progress
            percent={percent}
            status={status.state === 'cancelled' ? 'exception' : running ? 'active' : 'success'}
            format={() => `${percent}%（${status.done}/${status.total}）`}
          />
        </div>
        {running && (
          <Popconfirm
            title="取消批量生成？"
            description="已生成的文书保留在文件夹中，其余不再生成。"
            okText="取消生成"
            okButtonProps={{ danger: true, 'data-testid': 'batch-cancel-confirm' }}
            cancelText="继续生成"
            onConfirm={onCancel}
          >
            <Button danger data-testid="batch-cancel">
              取消
            </Button>
          </Popconfirm>
        )}
      </Space>
      {!running && (
        <Alert
          type={status.state === 'cancelled' ? 'warning' : 'success'}
          showIcon
          className="section-alert"
          data-testid="batch-result"
          title={
            <span>
              {status.state === 'cancelled' ? '已取消' : '已完成'}：处理 {status.done}/{status.total}{' '}
              份，新生成 <span data-testid="batch-created">{status.created}</span> 份
              {status.failed.length > 0 && `，${status.failed.length} 份未生成`}
            </span>
          }
          description={
            <span>
              文件保存在：
              <Typography.Text copyable={{ text: status.folder }} code>
                <span data-testid="batch-folder">{status.folder}</span>
              </Typography.Text>
            </span>
          }
        />
      )}
      {status.warned.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="section-alert"
          data-testid="batch-warned"
          title={`以下 ${status.warned.length} 份文书已生成，但请注意时间`}
          description={
            <ul className="doc-missing-list">
              {status.warned.map((w, i) => (
                <li
                  key={`${w.caseId}|${w.templateId}|${i}`}
                  data-testid="batch-warned-item"
                  data-case-id={w.caseId}
                >
                  {caseName(w.caseId)} · {templateName(w.templateId)}：{w.warnings.join('；')}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {status.failed.length > 0 && (
        <BatchFailures
          failures={status.failed}
          caseName={caseName}
          templateName={templateName}
          title="以下文书缺少必要信息，未生成"
          testId="batch-failed"
        />
      )}
    </div>
  );
}
