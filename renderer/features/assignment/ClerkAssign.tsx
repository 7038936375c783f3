import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { SelectField } from '../../components/SelectField';
import type { StaffSummary } from '../../../shared/domain/staff/staff.schema';

type Props = {
  caseId: string;
  current: string | null;
  staff: readonly StaffSummary[];
  onAssigned: () => void;
};

/**
 * 指定书记员: the director or the case's A角 picks an active clerk; the 裁决书, 调解书, 决定书 and file cover then
 * carry this name (main re-checks who may assign and who may be assigned).
 */
export function ClerkAssign({ caseId, current, staff, onAssigned }: Props) {
  const { message } = App.useApp();
  const [clerkId, setClerkId] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const clerks = staff.filter((s) => s.active && s.roles.includes('clerk'));

  const save = async () => {
    if (clerkId === '') {
      setError('请选择书记员');
      return;
    }
    setSaving(true);
    const r = await call('assignment:assignClerk', { caseId, clerkId });
    setSaving(false);
    if (!r.ok) {
      setError(errorText(r.error));
      return;
    }
    setError(undefined);
    void message.success('已指定书记员');
    onAssigned();
  };

  return (
    <Space align="start" className="clerk-assign" data-testid="clerk-assign">
      <SelectField
        label="书记员"
        testId="clerk-select"
        value={clerkId}
        onChange={(v) => {
          setClerkId(v);
          setError(undefined);
        }}
        options={clerks.map((s) => ({ value: s.id, label: s.name }))}
        error={error}
        placeholder={clerks.length === 0 ? '没有在职的书记员' : '请选择'}
      />
      <Button onClick={() => void save()} loading={saving} data-testid="clerk-save" className="clerk-save">
        指定书记员
      </Button>
    </Space>
  );
}
