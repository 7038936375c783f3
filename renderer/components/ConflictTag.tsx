import { Tag, Tooltip } from 'antd';

/** 有冲突: beside a value two people recorded differently, until the director has decided. */
export function ConflictTag({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Tooltip title="两台电脑对此项录入了不同的内容，须由主任在“冲突处理”中确定">
      <Tag color="red" className="conflict-tag" data-testid="conflict-tag">
        有冲突
      </Tag>
    </Tooltip>
  );
}
