import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { errorText } from '../api/errors';
import { useQuery, type QueryState } from '../api/use-query';
import type { CaseDetail, CaseEvent } from '../../shared/domain/case/case.schema';
import type { Office } from '../../shared/domain/office/office.schema';
import { hrefFor } from '../router/hash-route';
import { navigate } from '../router/navigation';
import { caseKindLabel } from '../../shared/domain/reference-data';
import { caseNumber, reasonsText } from '../features/cases/case-display';
import { statusTag } from '../components/case-status-tag';
import { ProcedurePanel } from '../features/procedure/ProcedurePanel';
import { AssignmentSection } from '../features/assignment/AssignmentSection';
import { ElementsSection } from '../features/elements/ElementsSection';
import { DocumentsSection } from '../features/documents/DocumentsSection';
import { ReviewPanel } from '../features/review/ReviewPanel';
import { CaseTimeline } from '../features/cases/CaseTimeline';
import { RightButton, useCorrections } from '../features/cases/CaseCorrections';
import type { ConflictView } from '../../shared/contracts/conflicts.schema';
import { CaseConflictsBanner } from '../features/conflicts/CaseConflictsBanner';
import { ConflictTag } from '../components/ConflictTag';
import { conflictMarks, isMarked } from '../components/conflict-marks';
import { ClaimsTable } from '../features/cases/ClaimsTable';
import { PartiesTable } from '../features/cases/PartiesTable';

/** One case: its procedure (status, steps, deadlines, service), facts, parties, claims and the event timeline. */
export function CasePage({ id }: { id: string }) {
  const detail = useQuery('cases:get', { id });
  const timeline = useQuery('cases:timeline', { id });
  const offices = useQuery('offices:list', {});
  const conflicts = useQuery('conflicts:list', { caseId: id });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(hrefFor.cases)} data-testid="case-back">
      返回案件列表
    </Button>
  );

  // A reload after a procedural step keeps the page (and the procedure panel) on screen.
  if (detail.data === undefined && detail.loading) return <Spin />;
  if (detail.error !== undefined || detail.data === undefined) {
    const notFound = detail.error?.code === 'NOT_FOUND' || detail.error?.code === 'VALIDATION';
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? '未找到该案件' : '无法打开案件'}
        subTitle={detail.error === undefined ? undefined : errorText(detail.error)}
        extra={back}
      />
    );
  }

  return (
    <CaseView
      c={detail.data}
      offices={offices.data ?? []}
      timeline={timeline}
      conflicts={conflicts.data ?? []}
      back={back}
      reload={() => {
        detail.reload();
        timeline.reload();
        conflicts.reload();
      }}
    />
  );
}

type ViewProps = {
  c: CaseDetail;
  offices: readonly Office[];
  timeline: QueryState<CaseEvent[]>;
  conflicts: readonly ConflictView[];
  back: ReactNode;
  reload: () => void;
};

function CaseView({ c, offices, timeline, conflicts, back, reload }: ViewProps) {
  const marks = conflictMarks(conflicts);
  const marked = (...fields: string[]) => <ConflictTag show={isMarked(marks, 'case', c.id, ...fields)} />;
  // A correction or void touches the procedure panel too (services, deadlines): remount it to reload.
  const [revision, setRevision] = useState(0);
  const corrections = useCorrections(c, offices, () => {
    reload();
    setRevision((r) => r + 1);
  });
  // A procedural step can change who may correct (受理 makes the actor A角).
  const reloadCase = () => {
    reload();
    corrections.refresh();
  };
  const correct = (
    <RightButton
      right={corrections.rights?.correctFacts}
      testId="case-correct"
      onClick={corrections.openCorrect}
    >
      更正
    </RightButton>
  );
  const tag = statusTag(c.status);
  const office = offices.find((o) => o.id === c.officeId)?.name ?? '';
  return (
    <div className="case-page" data-testid="case-page">
      <div className="page-header">
        <Space align="center" wrap>
          <Typography.Title level={3} data-testid="case-number">
            {caseNumber(c)}
          </Typography.Title>
          {c.officialNo === null && <Tag color="gold">临时</Tag>}
          <Tag color={tag.color} data-testid="case-status">
            {tag.label}
          </Tag>
          <Tag>{caseKindLabel(c.kind)}</Tag>
          {c.isCollective && <Tag color="purple">集体争议</Tag>}
          {c.isMigrantWage && <Tag color="red">农民工欠薪</Tag>}
          {c.voided !== null && <Tag color="red">已作废</Tag>}
        </Space>
        <Space>
          {c.voided === null && (
            <RightButton
              right={corrections.rights?.voidCase}
              testId="case-void"
              danger
              onClick={corrections.openVoid}
            >
              作废案件
            </RightButton>
          )}
          {back}
        </Space>
      </div>
      {corrections.banner}
      <CaseConflictsBanner conflicts={conflicts} />
      <ProcedurePanel
        key={revision}
        caseId={c.id}
        parties={c.parties}
        claims={c.claims}
        onChanged={reloadCase}
        {...(corrections.voidAction === undefined ? {} : { voidAction: corrections.voidAction })}
      />
      {c.voided === null && c.acceptedDate !== null && (
        <ReviewPanel
          caseId={c.id}
          revision={(timeline.data?.length ?? 0) + revision}
          onChanged={reloadCase}
        />
      )}
      {/* A voided case is nobody's work: no AB角 proposal or assignment until it is restored. */}
      {c.voided === null && <AssignmentSection caseId={c.id} />}
      <Card size="small" className="form-card" title="案件情况" extra={correct}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'provisionalNo', label: '收件编号', children: c.provisionalNo },
            { key: 'officialNo', label: '案号', children: c.officialNo ?? '尚未立案' },
            { key: 'office', label: '办案机构', children: office },
            { key: 'receivedDate', label: '收件日期', children: c.receivedDate },
            { key: 'acceptedDate', label: '受理日期', children: c.acceptedDate ?? '—' },
            { key: 'closedDate', label: '结案日期', children: c.closedDate ?? '—' },
            {
              key: 'reasons',
              label: '案由',
              children: (
                <>
                  {reasonsText(c.reasons)} {marked('reasons')}
                </>
              ),
              span: 2,
            },
            {
              key: 'workers',
              label: '劳动者人数',
              children: (
                <>
                  {c.workerCount ?? '—'} {marked('workerCount', 'isCollective')}
                </>
              ),
            },
            { key: 'createdAt', label: '登记时间', children: dayjs(c.createdAt).format('YYYY-MM-DD HH:mm') },
            {
              key: 'summary',
              label: '事实与理由',
              children: (
                <>
                  {c.summary ?? '—'} {marked('summary')}
                </>
              ),
              span: 'filled',
            },
          ]}
        />
      </Card>
      <Card size="small" className="form-card" title="当事人" extra={correct}>
        <PartiesTable parties={c.parties} marks={marks} />
      </Card>
      <Card size="small" className="form-card" title="请求事项" extra={correct}>
        <ClaimsTable claims={c.claims} marks={marks} />
      </Card>
      <ElementsSection caseId={c.id} caseTitle={caseNumber(c)} />
      <DocumentsSection
        caseId={c.id}
        kind={c.kind}
        caseNo={caseNumber(c)}
        revision={timeline.data?.length ?? 0}
      />
      <Card size="small" className="form-card" title="办案经过">
        {timeline.loading && <Spin />}
        {timeline.error !== undefined && <Alert type="error" showIcon title={errorText(timeline.error)} />}
        {timeline.data !== undefined && (
          <CaseTimeline
            events={timeline.data}
            {...(corrections.voidAction === undefined || c.voided !== null
              ? {}
              : { voidAction: corrections.voidAction })}
          />
        )}
      </Card>
      {corrections.dialogs}
    </div>
  );
}
