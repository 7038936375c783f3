import { Form, Select } from 'antd';
import type { TemplateInfo } from './document-display';

type Props = {
  template: TemplateInfo | undefined;
  values: Readonly<Record<string, string>>;
  onChange: (key: string, value: string) => void;
};

/** The chosen template's options (受通知人, 送达文书, 卷别 …), one select each: `doc-option-<key>`. */
export function DocumentOptionFields({ template, values, onChange }: Props) {
  if (template === undefined || template.options.length === 0) return null;
  return (
    <>
      {template.options.map((o) => {
        const id = `doc-option-${o.key}`;
        return (
          <Form.Item key={o.key} label={o.label} htmlFor={id} required={o.required}>
            <Select
              id={id}
              data-testid={id}
              className="doc-option-select"
              value={values[o.key] === undefined || values[o.key] === '' ? null : values[o.key]}
              onChange={(v: string | null | undefined) => onChange(o.key, v ?? '')}
              options={o.choices}
              allowClear={!o.required}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={o.required ? '请选择' : '默认'}
            />
          </Form.Item>
        );
      })}
    </>
  );
}
