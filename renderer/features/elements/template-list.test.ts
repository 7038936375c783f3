import { readResourceJson } from '../../../tests/helpers/resources';
import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../shared/elements';
import type { ElementTemplate } from '../../../shared/elements';
import { nextVersionJson, parseTemplateJson, templateRows } from './template-list';

function shipped(id: string): ElementTemplate {
  const v = validateTemplate(readResourceJson(`elements/${id}.json`));
  if (!v.ok) throw new Error(id);
  return v.template;
}
const base = shipped('base');
const ut = shipped('unlawful_termination');
const ut2 = { ...ut, version: 2, title: '违法解除（新）' };

describe('templateRows', () => {
  it('puts base first and lists every version of a template', () => {
    const rows = templateRows([ut2, ut, base]);
    expect(rows.map((r) => r.id)).toEqual(['base', 'unlawful_termination']);
    expect(rows[0]?.claimTypes).toContain('基础要素');
    expect(rows[1]).toMatchObject({ versions: [1, 2], newest: 2, title: '违法解除（新）' });
    expect(rows[1]?.claimTypes).toBe('违法解除劳动合同赔偿金');
    expect(rows[1]?.elementCount).toBeGreaterThan(5);
  });
});

describe('nextVersionJson', () => {
  it('starts from the newest version with the number raised', () => {
    const next = JSON.parse(nextVersionJson([ut, ut2], 'unlawful_termination')) as ElementTemplate;
    expect(next.version).toBe(3);
    expect(next.title).toBe('违法解除（新）');
    expect(nextVersionJson([ut], 'nope')).toBe('');
  });
});

describe('parseTemplateJson', () => {
  it('parses, or says where the syntax breaks', () => {
    expect(parseTemplateJson('{"id":"x"}')).toEqual({ ok: true, value: { id: 'x' } });
    expect(parseTemplateJson('  ')).toEqual({ ok: false, message: '请填写要素表模板（JSON 格式）' });
    const bad = parseTemplateJson('{\n  "id": 1,\n}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('第 3 行');
    const token = parseTemplateJson('{\n  "id": x\n}');
    if (!token.ok) expect(token.message).toContain('JSON 格式错误');
  });
});
