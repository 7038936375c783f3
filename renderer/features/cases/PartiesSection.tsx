import { Alert, Button, Space } from 'antd';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { errorAt } from '../../components/form-errors';
import { PartyCard } from './PartyCard';
import {
  agentFixesAfterRemoval,
  blankAgent,
  blankEmployer,
  blankWorker,
  type RegisterForm,
} from './register-form-model';

/** 当事人 list: starts with an applicant worker and a respondent employer; more can be added. */
export function PartiesSection() {
  const { control, formState, getValues, setValue } = useFormContext<RegisterForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'parties' });
  const listError = errorAt(formState.errors, 'parties.root') ?? errorAt(formState.errors, 'parties');

  const removeAt = (i: number) => {
    const fixes = agentFixesAfterRemoval(getValues('parties'), i);
    remove(i);
    for (const f of fixes)
      setValue(`parties.${f.index}.representsIndex`, f.representsIndex, { shouldDirty: true });
  };
  // Focus the new party's first field so the clerk can keep typing.
  const focusName = () => ({ shouldFocus: true, focusName: `parties.${fields.length}.name` });
  const firstApplicant = () =>
    getValues('parties').findIndex((p) => p.kind !== 'agent' && p.role === 'applicant');

  return (
    <div className="parties">
      {listError !== undefined && <Alert type="error" showIcon title={listError} className="section-alert" />}
      {fields.map((f, i) => (
        <PartyCard key={f.id} index={i} kind={f.kind} onRemove={() => removeAt(i)} />
      ))}
      <Space wrap>
        <Button data-testid="party-add-worker" onClick={() => append(blankWorker('applicant'), focusName())}>
          添加劳动者
        </Button>
        <Button
          data-testid="party-add-employer"
          onClick={() => append(blankEmployer('respondent'), focusName())}
        >
          添加用人单位
        </Button>
        <Button
          data-testid="party-add-agent"
          onClick={() => append(blankAgent(firstApplicant()), focusName())}
        >
          添加代理人
        </Button>
      </Space>
    </div>
  );
}
