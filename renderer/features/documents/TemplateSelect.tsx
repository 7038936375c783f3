import { Select } from 'antd';
import { templateGroups, type CaseKind, type TemplateInfo } from './document-display';

type Props = {
  templates: readonly TemplateInfo[];
  kind: CaseKind;
  value: string | undefined;
  onChange: (id: string) => void;
};

/** The template picker: only the templates for this case's kind, grouped 调解 / 仲裁 / 通用; type to search. */
export function TemplateSelect({ templates, kind, value, onChange }: Props) {
  return (
    <Select
      id="doc-template-select"
      data-testid="doc-template-select"
      style={{ width: 260 }}
      value={value ?? null}
      onChange={onChange}
      options={templateGroups(templates, kind)}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择文书"
    />
  );
}
