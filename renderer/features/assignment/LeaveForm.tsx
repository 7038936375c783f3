import { Alert, Button, Col, Input, Row, Space } from 'antd';
import { useRef, useState } from 'react';
import { LEAVE_KINDS, type LeaveKind } from '../../../shared/assignment';
import type { SessionUser, StaffSummary } from '../../../shared/domain/staff/staff.schema';
import { todayInChina } from '../../../shared/util/clock';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { EntryForm } from '../../components/EntryForm';
import { SelectField } from '../../components/SelectField';
import {
  blankLeave,
  leaveDays,
  leaveFormErrors,
  leaveInput,
  leaveLabel,
  type LeaveConflict,
  type LeaveFormErrors,
  type LeaveFormValues,
} from './leave-form';
import { LeaveConflictsList } from './LeaveConflictsList';

type Props = {
  user: SessionUser;
  staff: readonly StaffSummary[];
  mayActForOthers: boolean;
  staffName: (id: string) => string;
  onSaved: () => void;
};
type Saved = { text: string; conflicts: LeaveConflict[] };

const KIND_OPTIONS = LEAVE_KINDS.map((k) => ({ value: k.code, label: k.label }));

/**
 * 登记请假/出差/培训. Before saving, main is asked which cases would have A角 and B角 both away on a deadline
 * day; those are shown with the proposed temporary cover and must be confirmed.
 */
export function LeaveForm({ user, staff, mayActForOthers, staffName, onSaved }: Props) {
  const [v, setV] = useState<LeaveFormValues>(() => blankLeave(user.id, todayInChina()));
  const [errors, setErrors] = useState<LeaveFormErrors>({});
  const [conflicts, setConflicts] = useState<LeaveConflict[] | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const set = (patch: Partial<LeaveFormValues>) => {
    setV((old) => ({ ...old, ...patch }));
    setErrors({});
    setConflicts(null); // a changed leave must be checked again
  };
  const options = (
    mayActForOthers ? staff.filter((s) => s.active) : staff.filter((s) => s.id === user.id)
  ).map((s) => ({ value: s.id, label: s.name }));

  const save = async () => {
    setBusy(true);
    const r = await call('staff:recordLeave', leaveInput(v));
    setBusy(false);
    setConflicts(null);
    if (!r.ok) {
      setFailure(errorText(r.error));
      return;
    }
    const text = `已登记：${staffName(v.staffId)} ${leaveLabel(v.kind)} ${v.from} 至 ${v.to}（${leaveDays(v.from, v.to)} 天）`;
    setSaved({ text, conflicts: r.value.conflicts });
    setV(blankLeave(v.staffId, todayInChina()));
    onSaved();
  };
  const check = async () => {
    const e = leaveFormErrors(v);
    setErrors(e);
    setSaved(null);
    setFailure(null);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    const r = await call('staff:leaveConflicts', leaveInput(v));
    setBusy(false);
    if (!r.ok) setFailure(errorText(r.error));
    else if (r.value.length > 0) setConflicts(r.value);
    else await save();
  };

  return (
    <EntryForm testId="leave-form" submitRef={submitRef} onSubmit={() => void check()}>
      {failure !== null && (
        <Alert type="error" showIcon title={failure} className="section-alert" data-testid="leave-error" />
      )}
      {saved !== null && (
        <Alert
          type={saved.conflicts.length > 0 ? 'warning' : 'success'}
          showIcon
          className="section-alert"
          data-testid="leave-result"
          title={saved.text}
          description={
            saved.conflicts.length > 0 ? (
              <LeaveConflictsList conflicts={saved.conflicts} staffName={staffName} />
            ) : undefined
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField
            label="人员"
            testId="leave-staff"
            required
            error={errors.staffId}
            value={v.staffId}
            onChange={(staffId) => set({ staffId })}
            options={options}
            disabled={!mayActForOthers}
          />
        </Col>
        <Col xs={24} md={4}>
          <SelectField<LeaveKind>
            label="类型"
            testId="leave-kind"
            required
            error={errors.kind}
            value={v.kind}
            onChange={(kind) => set({ kind })}
            options={KIND_OPTIONS}
          />
        </Col>
        <Col xs={12} md={6}>
          <Field label="开始日期" htmlFor="leave-from" required error={errors.from}>
            <DateField
              id="leave-from"
              testId="leave-from"
              value={v.from}
              onChange={(from) => set({ from })}
              invalid={errors.from !== undefined}
            />
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field label="结束日期" htmlFor="leave-to" required error={errors.to}>
            <DateField
              id="leave-to"
              testId="leave-to"
              value={v.to}
              onChange={(to) => set({ to })}
              invalid={errors.to !== undefined}
            />
          </Field>
        </Col>
      </Row>
      <Field label="备注" htmlFor="leave-note" error={errors.note}>
        <Input
          id="leave-note"
          data-testid="leave-note"
          value={v.note}
          maxLength={200}
          onChange={(e) => set({ note: e.target.value })}
          autoComplete="off"
        />
      </Field>
      {conflicts !== null && (
        <Alert
          type="warning"
          showIcon
          className="section-alert"
          data-testid="leave-conflicts"
          title={`有 ${conflicts.length} 项期限将在A角、B角同时不在岗时到期`}
          description={<LeaveConflictsList conflicts={conflicts} staffName={staffName} />}
          action={
            <Space orientation="vertical">
              <Button
                type="primary"
                danger
                loading={busy}
                onClick={() => void save()}
                data-testid="leave-confirm"
              >
                仍然登记
              </Button>
              <Button onClick={() => setConflicts(null)} data-testid="leave-cancel">
                暂不登记
              </Button>
            </Space>
          }
        />
      )}
      <Button
        ref={submitRef}
        type="primary"
        htmlType="submit"
        loading={busy}
        disabled={conflicts !== null}
        data-testid="leave-submit"
      >
        登记
      </Button>
    </EntryForm>
  );
}
