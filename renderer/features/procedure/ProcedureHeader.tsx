import { Descriptions, Space, Tag, Typography } from 'antd';
import { hrefFor } from '../../router/hash-route';
import { navigate } from '../../router/navigation';
import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import { caseOutcomeLabel } from '../../../shared/procedure/outcomes';
import { statusTag } from '../../components/case-status-tag';
import type { StaffOption } from './action-form-types';
import { linkedCaseLabel, tribunalText } from './procedure-display';

type Props = { view: CaseProcedureView; staff: readonly StaffOption[] };

/** Where the case stands in the procedure: status, outcome, tribunal, hearing, suspension, extension, link. */
export function ProcedureHeader({ view, staff }: Props) {
  const tag = statusTag(view.status);
  const tribunal = tribunalText(view.tribunal, staff);
  const items = [
    { key: 'receivedOn', label: '收件（起算）日', children: view.receivedOn },
    { key: 'acceptedOn', label: '受理日', children: view.acceptedOn ?? '尚未受理' },
  ];
  if (view.kind === 'arbitration') {
    items.push(
      { key: 'tribunal', label: '仲裁庭', children: tribunal ?? '尚未组庭' },
      { key: 'hearingDate', label: '开庭日期', children: view.hearingDate ?? '尚未确定' },
    );
    if (view.extensionDays > 0)
      items.push({ key: 'extension', label: '已延长审理期限', children: `${view.extensionDays} 日` });
  }
  return (
    <div data-testid="procedure-header">
      <Space wrap className="procedure-tags">
        <Tag color={tag.color} data-testid="procedure-status">
          {tag.label}
        </Tag>
        {view.outcome !== null && (
          <Tag color="purple" data-testid="procedure-outcome">
            {caseOutcomeLabel(view.outcome)}
          </Tag>
        )}
        {view.isSimple && (
          <Tag color="cyan" data-testid="procedure-simple">
            简易处理
          </Tag>
        )}
        {view.isCollective && <Tag color="purple">集体争议</Tag>}
        {view.suspendedSince !== null && (
          <Tag color="orange" data-testid="procedure-suspended">
            中止中（自 {view.suspendedSince}）
          </Tag>
        )}
        {view.linkedCaseId !== null && (
          <Typography.Link
            href={hrefFor.case(view.linkedCaseId)}
            data-testid="linked-case"
            onClick={(e) => {
              e.preventDefault();
              if (view.linkedCaseId !== null) void navigate(hrefFor.case(view.linkedCaseId));
            }}
          >
            {linkedCaseLabel(view.kind)} →
          </Typography.Link>
        )}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </div>
  );
}
