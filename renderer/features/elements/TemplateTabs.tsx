import { Empty, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ElementTemplate } from '../../../shared/elements';

type Props = {
  /** Prefix of the tab labels' test ids: 'elements-tpl-<prefix>-<templateId>'. */
  prefix: string;
  templates: readonly ElementTemplate[];
  /** Whether the surrounding tab is the one shown (so the visible form alone answers Ctrl+S). */
  active: boolean;
  render: (template: ElementTemplate, active: boolean) => ReactNode;
};

/** One tab per template of the case (基础要素 first, then one per 案由); panes stay mounted so edits survive. */
export function TemplateTabs({ prefix, templates, active, render }: Props) {
  const [key, setKey] = useState(templates[0]?.id ?? '');
  const current = templates.some((t) => t.id === key) ? key : (templates[0]?.id ?? '');
  if (templates.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案没有适用的要素表模板" />;
  return (
    <Tabs
      size="small"
      type="card"
      activeKey={current}
      onChange={setKey}
      items={templates.map((t) => ({
        key: t.id,
        label: <span data-testid={`elements-tpl-${prefix}-${t.id}`}>{t.title}</span>,
        children: render(t, active && current === t.id),
      }))}
    />
  );
}
