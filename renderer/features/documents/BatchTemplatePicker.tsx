import { Checkbox, Form, Select } from 'antd';
import type { BatchChoice } from './batch-plan';
import type { TemplateInfo } from './document-display';

type Props = {
  /** The templates that apply to the hearing cases (arbitration), in procedure order. */
  templates: readonly TemplateInfo[];
  choices: readonly BatchChoice[];
  onChange: (choices: BatchChoice[]) => void;
};

/**
 * 第二步: the documents to make for every chosen case (`batch-template-<id>`), each with its options; several
 * values of one option (e.g. 受通知人: 申请人 and 被申请人) give one document per value.
 */
export function BatchTemplatePicker({ templates, choices, onChange }: Props) {
  const choiceOf = (id: string) => choices.find((c) => c.templateId === id);
  const toggle = (t: TemplateInfo, on: boolean) => {
    const rest = choices.filter((c) => c.templateId !== t.id);
    // Keep the procedure order, so the batch (and a merged print) lists a case's papers in order.
    const next = on ? [...rest, { templateId: t.id, options: {} }] : rest;
    onChange(templates.flatMap((x) => next.filter((c) => c.templateId === x.id)));
  };
  const setOption = (id: string, key: string, values: string[]) =>
    onChange(
      choices.map((c) => (c.templateId === id ? { ...c, options: { ...c.options, [key]: values } } : c)),
    );

  return (
    <div className="batch-templates" data-testid="batch-step-templates">
      {templates.map((t) => {
        const choice = choiceOf(t.id);
        return (
          <div
            key={t.id}
            className={
              choice !== undefined && t.options.length > 0 ? 'batch-template-wide' : 'batch-template'
            }
            data-template-id={t.id}
          >
            <Checkbox
              checked={choice !== undefined}
              onChange={(e) => toggle(t, e.target.checked)}
              data-testid={`batch-template-${t.id}`}
            >
              {t.title}
            </Checkbox>
            {choice !== undefined && t.options.length > 0 && (
              <Form layout="inline" component="div" className="batch-template-options">
                {t.options.map((o) => {
                  const id = `batch-option-${t.id}-${o.key}`;
                  return (
                    <Form.Item key={o.key} label={o.label} htmlFor={id} required={o.required}>
                      <Select
                        id={id}
                        data-testid={id}
                        mode="multiple"
                        className="doc-option-select"
                        value={choice.options[o.key] ?? []}
                        onChange={(v: string[]) => setOption(t.id, o.key, v)}
                        options={o.choices}
                        placeholder={o.required ? '请选择（可多选，每项一份）' : '默认'}
                      />
                    </Form.Item>
                  );
                })}
              </Form>
            )}
          </div>
        );
      })}
    </div>
  );
}
