import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Checkbox, Col, Form, Row, Typography } from 'antd';
import { useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { placeServerIssues } from '../../components/form-errors';
import { FormFailure } from '../../components/FormFailure';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';
import { useSaveShortcut } from '../../components/use-save-shortcut';
import { CommitteeProfileView } from '../../../shared/documents/committee-profile.schema';
import { CASE_NUMBER_PLACEHOLDERS } from '../../../shared/documents/case-number';
import { todayInChina } from '../../../shared/util/clock';
import { caseNumberPreview } from './committee-form';

type Props = { profile: CommitteeProfileView; onSaved: () => void };

const FIELDS = [
  'name',
  'shortName',
  'address',
  'phone',
  'sealText',
  'caseNumberPattern',
  'uppercaseAmounts',
] as const;
const isField = (p: string): p is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(p);
const HINT = `可用占位符：${CASE_NUMBER_PLACEHOLDERS.map((n) => `{${n}}`).join(' ')}，须包含 {年} 和 {号}`;

/** The committee profile form (committee:set), checked with the schema main uses; Ctrl+S saves. */
export function CommitteeProfileForm({ profile, onSaved }: Props) {
  const { message } = App.useApp();
  const methods = useForm<CommitteeProfileView>({
    resolver: zodResolver(CommitteeProfileView),
    mode: 'onTouched',
    defaultValues: profile,
  });
  const { control, formState, setError } = methods;
  const [failure, setFailure] = useState<string | null>(null);
  const [pattern, shortName] = useWatch({ control, name: ['caseNumberPattern', 'shortName'] });
  const year = Number(todayInChina().slice(0, 4));
  const preview = caseNumberPreview(pattern, shortName, year);

  const submit = methods.handleSubmit(async (v) => {
    setFailure(null);
    const r = await call('committee:set', v);
    if (r.ok) {
      void message.success('文书设置已保存，此后生成的文书使用新设置');
      onSaved();
      return;
    }
    if (!placeServerIssues(r.error, isField, setError)) setFailure(errorText(r.error));
  });
  useSaveShortcut(() => void submit());

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="committee-form">
        <Form layout="vertical" component={false}>
          <FormFailure text={failure} testId="committee-error" />
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <TextField<CommitteeProfileView>
                name="name"
                label="仲裁委员会名称（文书抬头）"
                testId="committee-name"
                required
                maxLength={100}
              />
            </Col>
            <Col xs={24} md={8}>
              <TextField<CommitteeProfileView>
                name="shortName"
                label="简称（案号用）"
                testId="committee-shortName"
                required
                maxLength={20}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<CommitteeProfileView>
                name="address"
                label="地址"
                testId="committee-address"
                maxLength={200}
              />
            </Col>
            <Col xs={24} md={8}>
              <TextField<CommitteeProfileView>
                name="phone"
                label="联系电话"
                testId="committee-phone"
                maxLength={50}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<CommitteeProfileView>
                name="sealText"
                label="印章文字（落款）"
                testId="committee-sealText"
                maxLength={100}
              />
            </Col>
            <Col xs={24} md={16}>
              <TextField<CommitteeProfileView>
                name="caseNumberPattern"
                label="案号格式"
                testId="committee-caseNumberPattern"
                required
                maxLength={100}
                placeholder="{简称}劳人仲案字〔{年}〕第{号}号"
              />
              <div
                className="committee-preview"
                data-testid="committee-caseNumber-preview"
                data-ok={preview.ok}
              >
                {preview.ok ? (
                  <Typography.Text>
                    {year} 年首个案号示例：<Typography.Text strong>{preview.text}</Typography.Text>
                  </Typography.Text>
                ) : (
                  <Typography.Text type="warning">无法生成案号：{preview.message}</Typography.Text>
                )}
                <br />
                <Typography.Text type="secondary">{HINT}</Typography.Text>
              </div>
            </Col>
            <Col xs={24}>
              <Field label="金额写法">
                <Controller
                  control={control}
                  name="uppercaseAmounts"
                  render={({ field }) => (
                    <Checkbox
                      ref={field.ref}
                      id="committee-uppercaseAmounts"
                      data-testid="committee-uppercaseAmounts"
                      checked={field.value}
                      onChange={(e) => field.onChange(e.target.checked)}
                    >
                      金额同时以中文大写标注（如“人民币壹拾贰万陆仟元整”）
                    </Checkbox>
                  )}
                />
              </Field>
            </Col>
          </Row>
          <Button
            type="primary"
            htmlType="submit"
            loading={formState.isSubmitting}
            data-testid="committee-save"
          >
            保存
          </Button>
        </Form>
      </form>
    </FormProvider>
  );
}
