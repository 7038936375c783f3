import { Alert, Card, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/use-query';
import type { CaseProcedureView } from '../../../shared/contracts/procedure.schema';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import type { Party } from '../../../shared/domain/case/party.schema';
import type { ActionContext } from './action-form-types';
import { ActionBar } from './ActionBar';
import { ActionModal } from './ActionModal';
import { DeadlineTimeline } from './DeadlineTimeline';
import { ProcedureHeader } from './ProcedureHeader';
import { tribunalIds } from './procedure-display';
import { ServiceTable } from './ServiceTable';
import { CaseLimitation } from './CaseLimitation';
import type { VoidAction } from '../../components/void-action';

type Available = CaseProcedureView['available'][number];
type Props = {
  caseId: string;
  parties: readonly Party[];
  claims: readonly Claim[];
  onChanged: () => void;
  voidAction?: VoidAction;
};

/**
 * The case page's procedure: where it stands, the steps legal now, its deadlines, the limitation check of its
 * 案由 and its service records.
 */
export function ProcedurePanel({ caseId, parties, claims, onChanged, voidAction }: Props) {
  const procedure = useQuery('cases:procedure', { id: caseId });
  const staff = useQuery('staff:list', {});
  const me = useQuery('auth:me', {});
  const [current, setCurrent] = useState<Available | null>(null);
  const view = procedure.data;

  const staffOptions = useMemo(
    () => (staff.data ?? []).map((s) => ({ id: s.id, name: s.name })),
    [staff.data],
  );
  const context = useMemo<ActionContext>(
    () => ({
      parties,
      arbitrators: (staff.data ?? [])
        .filter((s) => s.active && s.roles.includes('arbitrator'))
        .map((s) => ({ id: s.id, name: s.name })),
      tribunalIds: tribunalIds(view?.tribunal ?? null),
      claims,
      staff: (staff.data ?? []).filter((s) => s.active).map((s) => ({ id: s.id, name: s.name })),
      me: (staff.data ?? []).some((s) => s.active && s.id === me.data?.id) ? (me.data?.id ?? null) : null,
      dates: { receivedOn: view?.receivedOn ?? '', acceptedOn: view?.acceptedOn ?? null },
    }),
    [parties, claims, staff.data, me.data, view?.tribunal, view?.receivedOn, view?.acceptedOn],
  );

  const done = () => {
    setCurrent(null);
    procedure.reload();
    onChanged();
  };

  if (view === undefined)
    return (
      <Card size="small" className="form-card" title="办案程序" data-testid="procedure-panel">
        {procedure.loading ? <Spin /> : null}
        {procedure.error !== undefined && <Alert type="error" showIcon title={errorText(procedure.error)} />}
      </Card>
    );

  return (
    <>
      <Card size="small" className="form-card" title="办案程序" data-testid="procedure-panel">
        <ProcedureHeader view={view} staff={staffOptions} />
        <div className="procedure-actions-title">可办理事项</div>
        <ActionBar view={view} onPick={setCurrent} />
      </Card>
      <Card size="small" className="form-card" title="法定期限">
        <DeadlineTimeline deadlines={view.deadlines} />
      </Card>
      <Card size="small" className="form-card" title="仲裁时效">
        <CaseLimitation results={view.limitation} />
      </Card>
      <Card size="small" className="form-card" title="送达记录">
        <ServiceTable services={view.services} {...(voidAction === undefined ? {} : { voidAction })} />
      </Card>
      {current !== null && (
        <ActionModal
          key={current.id}
          caseId={caseId}
          action={current}
          isSimple={view.isSimple}
          extensionDays={view.extensionDays}
          context={context}
          onClose={() => setCurrent(null)}
          onDone={done}
        />
      )}
    </>
  );
}
