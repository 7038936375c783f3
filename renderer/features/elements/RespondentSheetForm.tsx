import { Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { respondentAnswersSchema } from '../../../shared/elements';
import type { ElementTemplate, RespondentAnswers } from '../../../shared/elements';
import type { FieldIssue } from '../../../shared/result';
import { stripLabel } from '../../components/form-errors';
import { convertingResolver } from './converting-resolver';
import { RespondentRow } from './RespondentRow';
import { formToRespondent, respondentElements, respondentToForm } from './sheet-forms';
import type { RespondentForm } from './sheet-forms';
import { savedAtText, sheetOf } from './sheet-data';
import type { SheetView } from './sheet-data';
import { SheetFormFrame } from './SheetFormFrame';
import { useSheetSave } from './use-sheet-save';

type Props = {
  caseId: string;
  template: ElementTemplate;
  sheets: readonly SheetView[];
  active: boolean;
  onSaved: () => void;
};

/**
 * The 被申请人要素表 (《"要素式"答辩书》) for one template: a row per disputable element the applicant filled in.
 * Checked with respondentAnswersSchema (不认可 needs the respondent's own value) before saving.
 */
export function RespondentSheetForm({ caseId, template, sheets, active, onSaved }: Props) {
  const applicant = sheetOf(sheets, template.id, 'applicant');
  const saved = sheetOf(sheets, template.id, 'respondent');
  const rows = useMemo(() => respondentElements(template, applicant?.data), [template, applicant]);
  const resolver = useMemo(
    () =>
      convertingResolver<RespondentForm, RespondentAnswers>(
        (f) => formToRespondent(rows, f),
        respondentAnswersSchema(template),
      ),
    [template, rows],
  );
  const methods = useForm<RespondentForm, unknown, RespondentAnswers>({
    resolver,
    mode: 'onTouched',
    defaultValues: respondentToForm(rows, saved?.data),
  });
  const { setError, reset, getValues, handleSubmit } = methods;
  const { failure, setFailure, save } = useSheetSave(caseId, template, 'respondent', onSaved);

  const place = (issue: FieldIssue): boolean => {
    if (!rows.some((r) => r.element.key === issue.path.split('.')[0])) return false;
    setError(issue.path, {
      type: 'server',
      message: stripLabel(issue.message, issue.label),
    });
    return true;
  };
  const submit = handleSubmit(
    async (answers) => {
      if (await save(answers, place)) reset(getValues());
    },
    () => setFailure([]),
  );

  if (rows.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        data-testid={`elements-resp-template-${template.id}`}
        description={`申请人尚未填写并保存“${template.title}”，保存后在此逐项答辩`}
      />
    );

  return (
    <SheetFormFrame
      methods={methods}
      testId={`elements-resp-template-${template.id}`}
      templateId={template.id}
      title={`${template.title} · 被申请人答辩`}
      extra={
        <Typography.Text type="secondary" data-testid={`el-resp-saved-${template.id}`}>
          {saved === undefined ? '尚未保存' : `已保存 ${savedAtText(saved.updatedAt)}`}
        </Typography.Text>
      }
      active={active}
      onSave={() => void submit()}
      saveTestId={`el-resp-save-${template.id}`}
      saveLabel="保存答辩"
      failure={failure}
    >
      <Typography.Paragraph type="secondary">
        对申请人主张的每一要素选择“认可”“不认可”或“未答辩”；不认可的，请填写被申请人主张的事实。
      </Typography.Paragraph>
      {rows.map((r) => (
        <RespondentRow key={r.element.key} templateId={template.id} row={r} />
      ))}
    </SheetFormFrame>
  );
}
