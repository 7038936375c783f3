import { Alert, AutoComplete, Button, Col, Input, Row } from 'antd';
import { useRef, useState } from 'react';
import type { SessionUser, StaffSummary } from '../../../shared/domain/staff/staff.schema';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { Field } from '../../components/Field';
import { EntryForm } from '../../components/EntryForm';
import { SelectField } from '../../components/SelectField';
import {
  blankRelationship,
  RELATIONS,
  relationshipFormErrors,
  relationshipInput,
  type RelationshipFormErrors,
  type RelationshipFormValues,
} from './relationship-form';

type Props = { user: SessionUser; staff: readonly StaffSummary[]; mayActForOthers: boolean };
type TextKey = Exclude<keyof RelationshipFormValues, 'staffId' | 'relation'>;

const TEXT_FIELDS: readonly { key: TextKey; label: string; max: number; span: number }[] = [
  { key: 'partyName', label: '对方名称/姓名', max: 100, span: 8 },
  { key: 'idNumber', label: '公民身份号码', max: 18, span: 8 },
  { key: 'creditCode', label: '统一社会信用代码', max: 18, span: 8 },
];
const RELATION_OPTIONS = RELATIONS.map((r) => ({ value: r }));

/**
 * 回避申报 (调解仲裁法第三十三条): a staff member names a person or employer they are related to; later cases
 * with that party will not propose them, and assigning them is refused.
 */
export function RelationshipForm({ user, staff, mayActForOthers }: Props) {
  const [v, setV] = useState<RelationshipFormValues>(() => blankRelationship(user.id));
  const [errors, setErrors] = useState<RelationshipFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const set = (patch: Partial<RelationshipFormValues>) => {
    setV((old) => ({ ...old, ...patch }));
    setErrors({});
  };
  const options = (
    mayActForOthers ? staff.filter((s) => s.active) : staff.filter((s) => s.id === user.id)
  ).map((s) => ({ value: s.id, label: s.name }));

  const submit = async () => {
    const e = relationshipFormErrors(v);
    setErrors(e);
    setSaved(null);
    setFailure(null);
    if (Object.keys(e).length > 0) return;
    setBusy(true);
    const r = await call('staff:declareRelationship', relationshipInput(v));
    setBusy(false);
    if (!r.ok) {
      setFailure(errorText(r.error));
      return;
    }
    const who = staff.find((s) => s.id === v.staffId)?.name ?? '';
    const party = [v.partyName, v.idNumber, v.creditCode].map((x) => x.trim()).filter((x) => x !== '');
    setSaved(`已申报：${who}与 ${party.join(' / ')}（${v.relation.trim()}）`);
    setV(blankRelationship(v.staffId));
  };

  return (
    <EntryForm testId="relationship-form" submitRef={submitRef} onSubmit={() => void submit()}>
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          title={failure}
          className="section-alert"
          data-testid="relationship-error"
        />
      )}
      {saved !== null && (
        <Alert
          type="success"
          showIcon
          title={saved}
          className="section-alert"
          data-testid="relationship-result"
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <SelectField
            label="申报人"
            testId="relationship-staff"
            required
            error={errors.staffId}
            value={v.staffId}
            onChange={(staffId) => set({ staffId })}
            options={options}
            disabled={!mayActForOthers}
          />
        </Col>
        <Col xs={24} md={8}>
          <Field label="关系" htmlFor="relationship-relation" required error={errors.relation}>
            <AutoComplete
              id="relationship-relation"
              data-testid="relationship-relation"
              value={v.relation}
              options={RELATION_OPTIONS}
              onChange={(relation: string) => set({ relation })}
              placeholder="近亲属、利害关系或其他关系"
            />
          </Field>
        </Col>
        {TEXT_FIELDS.map((f) => (
          <Col xs={24} md={f.span} key={f.key}>
            <Field label={f.label} htmlFor={`relationship-${f.key}`} error={errors[f.key]}>
              <Input
                id={`relationship-${f.key}`}
                data-testid={`relationship-${f.key}`}
                value={v[f.key]}
                maxLength={f.max}
                onChange={(e) => set({ [f.key]: e.target.value })}
                autoComplete="off"
              />
            </Field>
          </Col>
        ))}
      </Row>
      <Field label="说明" htmlFor="relationship-note" error={errors.note}>
        <Input
          id="relationship-note"
          data-testid="relationship-note"
          value={v.note}
          maxLength={200}
          onChange={(e) => set({ note: e.target.value })}
          autoComplete="off"
        />
      </Field>
      <Button
        ref={submitRef}
        type="primary"
        htmlType="submit"
        loading={busy}
        data-testid="relationship-submit"
      >
        申报
      </Button>
    </EntryForm>
  );
}
