import { Alert, Button } from 'antd';
import type { ConflictView } from '../../../shared/contracts/conflicts.schema';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';

/**
 * On the case page while a conflict is open: what is disputed, and that the case cannot be closed nor a document
 * issued until the director has decided (the planners refuse both).
 */
export function CaseConflictsBanner({ conflicts }: { conflicts: readonly ConflictView[] }) {
  const open = conflicts.filter((c) => c.resolved === null);
  if (open.length === 0) return null;
  const what = open.flatMap((c) => c.fields.map((f) => `${c.subject}·${f.label}`)).join('、');
  return (
    <Alert
      type="error"
      showIcon
      className="case-conflicts-banner"
      data-testid="case-conflicts"
      title={`本案有 ${open.length} 处同步冲突待处理：${what}`}
      description="两台电脑离线时对同一项录入了不同内容。主任处理前，本案不能结案，也不能出具文书。"
      action={
        <Button
          size="small"
          onClick={() => void navigate(hrefFor.conflicts)}
          data-testid="case-conflicts-open"
        >
          去处理
        </Button>
      }
    />
  );
}
