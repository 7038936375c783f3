import { Empty, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { templateElements } from '../../../shared/elements';
import type { ComparisonResult, ElementTemplate, Finding } from '../../../shared/elements';
import type { FieldIssue } from '../../../shared/result';
import { stripLabel } from '../../components/form-errors';
import { convertingResolver } from './converting-resolver';
import { FindingRow } from './FindingRow';
import {
  findingIssuePath,
  findingsFormSchema,
  findingsList,
  findingsToForm,
  formToFindings,
} from './sheet-forms';
import type { FindingsForm } from './sheet-forms';
import { savedAtText, sheetOf } from './sheet-data';
import type { SheetView } from './sheet-data';
import { SheetFormFrame } from './SheetFormFrame';
import { useSheetSave } from './use-sheet-save';

type Props = {
  caseId: string;
  template: ElementTemplate;
  comparison: ComparisonResult | undefined;
  sheets: readonly SheetView[];
  active: boolean;
  onSaved: () => void;
};

/** 裁判认定 for one template: a finding per disputed element, saved as the 'findings' sheet. */
export function FindingsSheetForm({ caseId, template, comparison, sheets, active, onSaved }: Props) {
  const saved = sheetOf(sheets, template.id, 'findings');
  const disputed = useMemo(
    () => (comparison?.elements ?? []).filter((e) => e.state === 'disputed'),
    [comparison],
  );
  const elements = useMemo(() => {
    const byKey = new Map(templateElements(template).map(({ element }) => [element.key, element]));
    return disputed.flatMap((c) => {
      const el = byKey.get(c.key);
      return el === undefined ? [] : [el];
    });
  }, [template, disputed]);
  const resolver = useMemo(
    () =>
      convertingResolver<FindingsForm, Record<string, Finding | undefined>>(
        (f) => formToFindings(elements, f),
        findingsFormSchema(template, elements),
      ),
    [template, elements],
  );
  const methods = useForm<FindingsForm, unknown, Record<string, Finding | undefined>>({
    resolver,
    mode: 'onTouched',
    defaultValues: findingsToForm(elements, saved?.data),
  });
  const { setError, reset, getValues, handleSubmit } = methods;
  const { failure, setFailure, save } = useSheetSave(caseId, template, 'findings', onSaved);
  const sent = useRef<Finding[]>([]);

  const place = (issue: FieldIssue): boolean => {
    const path = findingIssuePath(issue.path, sent.current);
    if (path === null) return false;
    setError(path, { type: 'server', message: stripLabel(issue.message, issue.label) });
    return true;
  };
  const submit = handleSubmit(
    async (out) => {
      sent.current = findingsList(elements, out);
      if (await save(sent.current, place)) reset(getValues());
    },
    () => setFailure([]),
  );

  if (elements.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        data-testid={`elements-find-template-${template.id}`}
        description={`“${template.title}”没有争议要素，无需逐项认定`}
      />
    );

  return (
    <SheetFormFrame
      methods={methods}
      testId={`elements-find-template-${template.id}`}
      templateId={template.id}
      title={`${template.title} · 争议要素的认定`}
      extra={
        <Typography.Text type="secondary" data-testid={`el-find-saved-${template.id}`}>
          {saved === undefined ? '尚未保存' : `已保存 ${savedAtText(saved.updatedAt)}`}
        </Typography.Text>
      }
      active={active}
      onSave={() => void submit()}
      saveTestId={`el-find-save-${template.id}`}
      saveLabel="保存认定"
      failure={failure}
    >
      <Typography.Paragraph type="secondary">
        逐项写明仲裁庭认定的事实、理由和所依据的证据；未填写的要素不保存。
      </Typography.Paragraph>
      {disputed.map((c) => {
        const el = elements.find((e) => e.key === c.key);
        return el === undefined ? null : (
          <FindingRow key={c.key} templateId={template.id} element={el} comparison={c} />
        );
      })}
    </SheetFormFrame>
  );
}
