import { readResourceJson } from '../../../tests/helpers/resources';
import { describe, expect, it } from 'vitest';
import { canEditRules, parseRulesJson, periodText, ruleRows, rulesJson } from './rules-display';

describe('ruleRows', () => {
  it('reads the shipped defaults into table rows', () => {
    const rules: unknown = readResourceJson('deadline-rules/default.json');
    const rows = ruleRows(rules);
    expect(rows.length).toBe((rules as unknown[]).length);
    const first = rows[0];
    expect(first).toMatchObject({ id: 'arb.accept_review', label: '受理审查', period: '5 个工作日' });
    expect(first?.trigger).toBe('收件登记');
    expect(first?.rollForward).toBe(false);
    const serve = rows.find((r) => r.id === 'arb.serve_copy');
    expect(serve?.triggerDetail).toBe('arb.accept');
  });

  it('names conditions and date fields, and survives odd entries', () => {
    const rows = ruleRows([
      {
        id: 'x.y',
        label: '答辩',
        trigger: {
          event: 'service.record',
          where: { document: 'application_copy' },
          dateField: 'effectiveOn',
        },
        count: 10,
        unit: 'natural_day',
        rollForward: true,
      },
      'not a rule',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.triggerDetail).toBe('service.record（document=application_copy） · 日期取 effectiveOn');
    expect(rows[0]?.rollForward).toBe(true);
    expect(ruleRows({ not: 'a list' })).toEqual([]);
  });
});

describe('periodText', () => {
  it('speaks every unit', () => {
    expect(periodText(5, 'workday', 'after')).toBe('5 个工作日');
    expect(periodText(45, 'natural_day', undefined)).toBe('45 个自然日');
    expect(periodText(1, 'month', 'after')).toBe('1 个月');
    expect(periodText(1, 'year', 'after')).toBe('1 年');
    expect(periodText(5, 'workday', 'before')).toBe('之前 5 个工作日');
    expect(periodText(3, 'fortnight', 'after')).toBe('3 fortnight');
  });
});

describe('parseRulesJson', () => {
  it('parses valid JSON and round-trips the editor text', () => {
    const rules = [{ id: 'a.b' }];
    expect(parseRulesJson(rulesJson(rules))).toEqual({ ok: true, value: rules });
    expect(rulesJson(undefined)).toBe('[]');
  });
  it('says in Chinese where the syntax breaks', () => {
    const r = parseRulesJson('[\n  {\n    "id": "a.b",\n  }\n]');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('第 4 行');
    const end = parseRulesJson('[{"id": "a.b"}');
    expect(end.ok || end.message).toMatch(/JSON 格式错误/);
    const empty = parseRulesJson('  ');
    expect(empty.ok || empty.message).toBe('请填写期限规则（JSON 格式的规则列表）');
  });
});

describe('canEditRules', () => {
  it('lets only the director and the administrator edit', () => {
    expect(canEditRules(['director'])).toBe(true);
    expect(canEditRules(['admin', 'clerk'])).toBe(true);
    expect(canEditRules(['clerk', 'arbitrator', 'mediator'])).toBe(false);
  });
});
