import { Form, Input, Select } from 'antd';
import type { TemplateInfo } from './document-display';

type Props = {
  template: TemplateInfo | undefined;
  values: Readonly<Record<string, string>>;
  onChange: (key: string, value: string) => void;
};

/**
 * The chosen template's options (受通知人, 送达文书, 卷别 …), one select each, or a text box for a free-text option
 * (the 线索移送函's 涉嫌违法行为; left blank, the template writes its default from the case): `doc-option-<key>`.
 */
export function DocumentOptionFields({ template, values, onChange }: Props) {
  if (template === undefined || template.options.length === 0) return null;
  return (
    <>
      {template.options.map((o) => {
        const id = `doc-option-${o.key}`;
        const value = values[o.key] ?? '';
        return (
          <Form.Item key={o.key} label={o.label} htmlFor={id} required={o.required}>
            {o.input === 'text' ? (
              <Input.TextArea
                id={id}
                data-testid={id}
                className="doc-option-text"
                value={value}
                maxLength={800}
                autoSize={{ minRows: 1, maxRows: 6 }}
                onChange={(e) => onChange(o.key, e.target.value)}
                placeholder={o.placeholder ?? '留空则按案件情况生成'}
              />
            ) : (
              <Select
                id={id}
                data-testid={id}
                className="doc-option-select"
                value={value === '' ? null : value}
                onChange={(v: string | null | undefined) => onChange(o.key, v ?? '')}
                options={o.choices}
                allowClear={!o.required}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={o.required ? '请选择' : '默认'}
              />
            )}
          </Form.Item>
        );
      })}
    </>
  );
}
