import { Col, Row, Typography } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { answersSchema, templateElements } from '../../../shared/elements';
import type { ApplicantAnswers, ElementTemplate } from '../../../shared/elements';
import type { FieldIssue } from '../../../shared/result';
import { stripLabel } from '../../components/form-errors';
import { convertingResolver } from './converting-resolver';
import { ElementField } from './ElementField';
import { applicantToForm, formToApplicant } from './sheet-forms';
import type { ApplicantForm } from './sheet-forms';
import { sameAsPrefill, sameAsSourceKey, savedAtText, sheetOf } from './sheet-data';
import type { SheetView } from './sheet-data';
import { SheetFormFrame } from './SheetFormFrame';
import { useSheetSave } from './use-sheet-save';

type Props = {
  caseId: string;
  template: ElementTemplate;
  templates: readonly ElementTemplate[];
  sheets: readonly SheetView[];
  active: boolean;
  onSaved: () => void;
};

const WIDE = new Set(['list', 'date_range']);

/**
 * The applicant's 要素表 for one template, generated from it: a section per group, each element with its label,
 * unit, required mark and help (legal basis). Checked with answersSchema before saving; elements with `sameAs`
 * start from the value saved in the template they name.
 */
export function ApplicantSheetForm({ caseId, template, templates, sheets, active, onSaved }: Props) {
  const resolver = useMemo(
    () =>
      convertingResolver<ApplicantForm, ApplicantAnswers>(
        (f) => formToApplicant(template, f),
        answersSchema(template),
      ),
    [template],
  );
  const saved = sheetOf(sheets, template.id, 'applicant');
  const methods = useForm<ApplicantForm, unknown, ApplicantAnswers>({
    resolver,
    mode: 'onTouched',
    defaultValues: applicantToForm(template, saved?.data),
  });
  const { setError, setValue, getValues, reset, handleSubmit } = methods;
  const { failure, setFailure, save } = useSheetSave(caseId, template, 'applicant', onSaved);

  // Prefill blank `sameAs` fields whenever a template they copy from is saved.
  const latest = useRef({ template, templates, sheets });
  useLayoutEffect(() => {
    latest.current = { template, templates, sheets };
  });
  const sourceKey = sameAsSourceKey(template, sheets);
  useEffect(() => {
    const l = latest.current;
    const fill = sameAsPrefill(l.template, l.templates, l.sheets, getValues());
    for (const [key, value] of Object.entries(fill)) setValue(key, value, { shouldDirty: true });
  }, [sourceKey, getValues, setValue]);

  const keys = useMemo(() => new Set(templateElements(template).map((e) => e.element.key)), [template]);
  const place = (issue: FieldIssue): boolean => {
    if (!keys.has(issue.path.split('.')[0] ?? '')) return false;
    setError(issue.path, { type: 'server', message: stripLabel(issue.message, issue.label) });
    return true;
  };
  const submit = handleSubmit(
    async (answers) => {
      if (await save(answers, place)) reset(getValues());
    },
    () => setFailure([]),
  );

  return (
    <SheetFormFrame
      methods={methods}
      testId={`elements-template-${template.id}`}
      templateId={template.id}
      title={`${template.title}（第 ${template.version} 版）`}
      extra={
        saved === undefined ? (
          <Typography.Text type="secondary">尚未保存</Typography.Text>
        ) : (
          <Typography.Text type="secondary" data-testid={`el-saved-${template.id}`}>
            已保存 {savedAtText(saved.updatedAt)}
          </Typography.Text>
        )
      }
      active={active}
      onSave={() => void submit()}
      saveTestId={`el-save-${template.id}`}
      saveLabel="保存"
      failure={failure}
    >
      {template.groups.map((g) => (
        <section key={g.key} className="el-group" data-testid={`el-group-${template.id}-${g.key}`}>
          <Typography.Title level={5}>{g.label}</Typography.Title>
          <Row gutter={16}>
            {g.elements.map((el) => (
              <Col key={el.key} xs={24} md={WIDE.has(el.type) ? 24 : 12} xl={WIDE.has(el.type) ? 24 : 8}>
                <ElementField def={el} name={el.key} id={`el-${template.id}-${el.key}`} />
              </Col>
            ))}
          </Row>
        </section>
      ))}
    </SheetFormFrame>
  );
}
