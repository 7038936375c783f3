import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Row } from 'antd';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { placeServerIssues } from '../../components/form-errors';
import { FormFailure } from '../../components/FormFailure';
import { EntryForm } from '../../components/EntryForm';
import { TextField } from '../../components/TextField';
import { ipc, type Arg, type In } from '../../../shared/contracts/ipc';

type StationForm = In<'offices:create'>;

const STATION_FIELDS = ['name', 'shortName'] as const;
const isStationField = (p: string): p is (typeof STATION_FIELDS)[number] =>
  (STATION_FIELDS as readonly string[]).includes(p);
const BLANK: StationForm = { name: '', shortName: '' };

/**
 * 新建调解组织, validated with the offices:create input schema main uses. The station always goes under the
 * administrator's committee, so the form asks only for its names.
 */
export function AddStationForm({ onCreated }: { onCreated: () => void }) {
  const { message } = App.useApp();
  const methods = useForm<StationForm, unknown, Arg<'offices:create'>>({
    resolver: zodResolver(ipc['offices:create'].input),
    mode: 'onTouched',
    defaultValues: BLANK,
  });
  const { formState, setError } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('offices:create', v);
    if (r.ok) {
      void message.success(`已新建 ${v.name}`);
      methods.reset(BLANK);
      onCreated();
      return;
    }
    placeServerIssues(r.error, isStationField, setError);
    setFailure(errorText(r.error));
  });

  return (
    <FormProvider {...methods}>
      <EntryForm testId="station-form" submitRef={submitRef} onSubmit={() => void submit()}>
        <FormFailure text={failure} testId="station-error" />
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <TextField<StationForm>
              name="name"
              label="调解组织名称"
              testId="station-name"
              required
              maxLength={100}
              placeholder="例如 东街道劳动争议调解委员会"
            />
          </Col>
          <Col xs={24} md={10}>
            <TextField<StationForm>
              name="shortName"
              label="简称"
              testId="station-shortName"
              required
              maxLength={20}
              placeholder="用于调解文书编号"
            />
          </Col>
        </Row>
        <Button
          ref={submitRef}
          type="primary"
          htmlType="submit"
          loading={formState.isSubmitting}
          data-testid="station-submit"
        >
          新建调解组织
        </Button>
      </EntryForm>
    </FormProvider>
  );
}
