import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Col, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { placeServerIssues } from '../../components/form-errors';
import { FormFailure } from '../../components/FormFailure';
import { TextField } from '../../components/TextField';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import {
  DEFAULT_MEDIATION_NUMBER_PATTERN,
  OfficeProfileView,
} from '../../../shared/documents/office-profile.schema';
import { CASE_NUMBER_PLACEHOLDERS } from '../../../shared/documents/case-number';
import { todayInChina } from '../../../shared/util/clock';
import { caseNumberPreview } from './committee-form';

type Props = {
  officeId: string;
  profile: OfficeProfileView;
  onSaved: () => void;
  /** Ctrl+S saves this form; only when it is the one form on the screen (a station's own desktop). */
  saveShortcut: boolean;
};

const FIELDS = ['name', 'shortName', 'address', 'phone', 'sealText', 'numberPattern'] as const;
const isField = (p: string): p is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(p);
const HINT = `可用占位符：${CASE_NUMBER_PLACEHOLDERS.map((n) => `{${n}}`).join(' ')}（{类型} 为“调”），须包含 {年} 和 {号}`;

/**
 * A station's own letterhead and mediation number series (officeProfile:set), checked with the schema main uses:
 * its 调解协议书 and 调解不成告知书 carry this name, seal and number instead of the committee's.
 */
export function StationProfileForm({ officeId, profile, onSaved, saveShortcut }: Props) {
  const { message } = App.useApp();
  const methods = useForm<OfficeProfileView>({
    resolver: zodResolver(OfficeProfileView),
    mode: 'onTouched',
    defaultValues: profile,
  });
  const { control, formState, setError } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const [pattern, shortName] = useWatch({ control, name: ['numberPattern', 'shortName'] });
  const year = Number(todayInChina().slice(0, 4));
  const preview = caseNumberPreview(pattern, shortName, year, 1, '调');
  const id = (field: string) => `station-${officeId}-${field}`;

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('officeProfile:set', { ...v, officeId });
    if (r.ok) {
      void message.success('调解组织文书设置已保存，此后生成的调解文书使用新设置');
      onSaved();
      return;
    }
    if (!placeServerIssues(r.error, isField, setError)) setFailure(errorText(r.error));
  });
  useSaveShortcut(() => {
    if (saveShortcut) void submit();
  });

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="station-profile-form">
        <Form layout="vertical" component={false}>
          <FormFailure text={failure} testId="station-profile-error" />
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <TextField<OfficeProfileView>
                name="name"
                label="调解组织名称（文书抬头）"
                testId={id('name')}
                required
                maxLength={100}
              />
            </Col>
            <Col xs={24} md={8}>
              <TextField<OfficeProfileView>
                name="shortName"
                label="简称（调解案号用）"
                testId={id('shortName')}
                required
                maxLength={20}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<OfficeProfileView>
                name="address"
                label="地址"
                testId={id('address')}
                maxLength={200}
              />
            </Col>
            <Col xs={24} md={8}>
              <TextField<OfficeProfileView>
                name="phone"
                label="联系电话"
                testId={id('phone')}
                maxLength={50}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<OfficeProfileView>
                name="sealText"
                label="印章文字（落款）"
                testId={id('sealText')}
                maxLength={100}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<OfficeProfileView>
                name="numberPattern"
                label="调解案号格式"
                testId={id('numberPattern')}
                required
                maxLength={100}
                placeholder={DEFAULT_MEDIATION_NUMBER_PATTERN}
              />
              <div className="committee-preview" data-testid={id('preview')} data-ok={preview.ok}>
                {preview.ok ? (
                  <Typography.Text>
                    {year} 年首个调解案号示例：<Typography.Text strong>{preview.text}</Typography.Text>
                  </Typography.Text>
                ) : (
                  <Typography.Text type="warning">无法生成调解案号：{preview.message}</Typography.Text>
                )}
                <br />
                <Typography.Text type="secondary">{HINT}</Typography.Text>
              </div>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting} data-testid={id('save')}>
            保存
          </Button>
        </Form>
      </form>
    </FormProvider>
  );
}
