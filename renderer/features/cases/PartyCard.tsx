import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Radio } from 'antd';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { PARTY_ROLES, partyRoleLabel } from '../../../shared/domain/reference-data';
import { AgentFields } from './AgentFields';
import { EmployerFields } from './EmployerFields';
import { WorkerFields } from './WorkerFields';
import type { PartyKind, RegisterForm } from './register-form-model';

const KIND_LABEL: Record<PartyKind, string> = { worker: '劳动者', employer: '用人单位', agent: '代理人' };
const PRINCIPAL_ROLES = PARTY_ROLES.filter((r) => r.code !== 'agent').map((r) => ({
  value: r.code,
  label: r.label,
}));

type Props = { index: number; kind: PartyKind; onRemove: () => void };

/** One party of the case, with its 地位 (申请人/被申请人/第三人) and the fields of its kind. */
export function PartyCard({ index, kind, onRemove }: Props) {
  const { control } = useFormContext<RegisterForm>();
  const role = useWatch({ control, name: `parties.${index}.role` });
  // In a 更正 an existing party is not deleted: leaving it out voids it (kept, with the reason).
  const existing = useWatch({ control, name: `parties.${index}.id` }) !== undefined;
  const removeText = existing ? '作废此当事人' : '删除此当事人';
  const title =
    kind === 'agent'
      ? `${index + 1}. 代理人`
      : `${index + 1}. ${partyRoleLabel(role)}（${KIND_LABEL[kind]}）`;

  return (
    <Card
      size="small"
      title={title}
      className="party-card"
      data-testid={`party-${index}`}
      extra={
        kind !== 'agent' && (
          <Controller
            control={control}
            name={`parties.${index}.role`}
            render={({ field }) => (
              <Radio.Group
                size="small"
                name={`party-${index}-role`}
                aria-label="当事人地位"
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
              >
                {PRINCIPAL_ROLES.map((r) => (
                  <Radio.Button key={r.value} value={r.value} data-testid={`party-${index}-role-${r.value}`}>
                    {r.label}
                  </Radio.Button>
                ))}
              </Radio.Group>
            )}
          />
        )
      }
    >
      {kind === 'worker' && <WorkerFields index={index} />}
      {kind === 'employer' && <EmployerFields index={index} />}
      {kind === 'agent' && <AgentFields index={index} />}
      {/* At the end of the card, so Tab runs 地位 → fields → 删除 → next party. */}
      <div className="party-card-actions">
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${existing ? '作废' : '删除'}第${index + 1}个当事人`}
          data-testid={`party-${index}-remove`}
          onClick={onRemove}
        >
          {removeText}
        </Button>
      </div>
    </Card>
  );
}
