import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../procedure/machine';
import { DeadlineRule, DeadlineRuleSet, loadRuleSet } from '.';

// Read as data, the way the app reads it (composite tsconfigs would need the JSON listed to import it).
const rulesJson: unknown = JSON.parse(
  readFileSync(new URL('../../resources/deadline-rules/default.json', import.meta.url), 'utf8'),
);

const minimal = {
  id: 'arb.test',
  label: '测试期限',
  kinds: ['arbitration'],
  trigger: { event: 'arb.accept' },
  count: 5,
  unit: 'workday',
  rollForward: false,
  responsible: 'committee',
  citation: '《劳动争议调解仲裁法》第三十条',
};

describe('resources/deadline-rules/default.json', () => {
  const parsed = loadRuleSet(rulesJson);
  const rules = parsed.ok ? parsed.rules : [];

  it('validates against the schema', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(15);
  });

  it('has every rule id the procedure actions name in their `deadlines` field', () => {
    const referenced = new Set(ACTIONS.flatMap((a) => Object.values(a.deadlines ?? {}).flat()));
    const ids = new Set(rules.map((r) => r.id));
    expect([...referenced].filter((id) => !ids.has(id)).sort()).toEqual([]);
  });

  it('every event a rule names is an action id (or case.received)', () => {
    const known = new Set(['case.received', ...ACTIONS.map((a) => a.id)]);
    const named = rules.flatMap((r) => [
      r.trigger.event,
      ...r.requires.map((x) => x.event),
      ...r.completedBy.map((x) => x.event),
      ...r.cancelledBy,
      ...r.restartOn.map((x) => x.event),
      ...r.excludedIntervals.flatMap((x) => [x.from.event, x.to.event]),
      ...(r.extension ? [r.extension.event] : []),
    ]);
    expect(named.filter((e) => !known.has(e))).toEqual([]);
  });

  it('every rule cites its source in Chinese and the units follow product decision 1', () => {
    for (const r of rules) {
      expect(r.citation).toMatch(/《.+》/);
      if (r.count === 3 || r.count === 5 || r.count === 10) expect([r.id, r.unit]).toEqual([r.id, 'workday']);
      if (r.count === 15 || r.count === 30 || r.count === 45)
        expect([r.id, r.unit]).toEqual([r.id, 'natural_day']);
      if (r.unit === 'workday' || r.unit === 'natural_day') expect(r.confidence ?? '').toContain('[M]');
    }
  });

  it('the committee’s own 45-day limit does not roll forward; court-facing periods do (decision 2)', () => {
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('arb.award_limit')?.rollForward).toBe(false);
    for (const id of ['arb.worker_suit', 'arb.employer_revoke', 'arb.employer_suit', 'med.joint_review'])
      expect(byId.get(id)?.rollForward).toBe(true);
  });
});

describe('DeadlineRule', () => {
  it('fills the defaults', () => {
    expect(DeadlineRule.parse(minimal)).toMatchObject({
      direction: 'after',
      beforeReading: 'strict',
      startExcluded: true,
      informational: false,
      completedBy: [],
      cancelledBy: [],
      restartOn: [],
      excludedIntervals: [],
      requires: [],
    });
  });

  it.each([
    [{ unit: 'week' }, ['unit'], '期间单位只能是'],
    [{ count: -1 }, ['count'], '期间长度不能为负数'],
    [{ count: 1.5 }, ['count'], '期间长度须为整数'],
    [{ kinds: [] }, ['kinds'], '至少适用于一种案件类型'],
    [{ id: 'Defence' }, ['id'], '规则编号格式'],
    [{ startExcluded: false }, ['startExcluded'], '期间开始之日不计算在内'],
    [{ rollForward: undefined }, ['rollForward'], '是否顺延'],
    [{ responsible: 'court' }, ['responsible'], '责任方只能是'],
    [{ citation: ' ' }, ['citation'], '请填写法律依据'],
    [
      { trigger: { event: 'x', where: { final: 1 } } },
      ['trigger', 'where', 'final'],
      '条件的取值只能是文字或 true/false',
    ],
    [{ rollforward: true }, [], '期限规则含有无法识别的字段：rollforward'],
    [{ trigger: { event: 'x', datefield: 'y' } }, ['trigger'], '事件含有无法识别的字段：datefield'],
    [{ direction: 'before', unit: 'month' }, ['unit'], '只支持工作日或自然日'],
    [
      { direction: 'before', extension: { event: 'arb.extended', field: 'days' } },
      ['direction'],
      '不能设置扣除期间或延长',
    ],
  ] as const)('refuses %o with a Chinese message', (patch, path, message) => {
    const r = DeadlineRule.safeParse({ ...minimal, ...patch });
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === path.join('.'));
    expect(issue?.message).toContain(message);
  });
});

describe('DeadlineRuleSet and loadRuleSet', () => {
  it('refuses a duplicate id, naming it', () => {
    const r = DeadlineRuleSet.safeParse([minimal, { ...minimal, label: '另一条' }]);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: [1, 'id'], message: '规则编号 arb.test 重复' }),
    ]);
  });

  it('loadRuleSet: ok with the parsed rules', () => {
    const r = loadRuleSet([minimal]);
    expect(r.ok && r.rules[0]?.direction).toBe('after');
  });

  it('loadRuleSet: issues with a dotted path and a message naming the rule', () => {
    const r = loadRuleSet([minimal, { ...minimal, id: 'arb.other', unit: 'week' }, { ...minimal, id: 5 }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({
      path: '1.unit',
      message: expect.stringMatching(/^第 2 条规则 arb\.other（unit）：期间单位只能是/) as string,
    });
    expect(r.issues).toContainEqual({ path: '2.id', message: '第 3 条规则（id）：请填写规则编号' });
  });

  it('loadRuleSet: not a list', () => {
    expect(loadRuleSet({ rules: [] })).toEqual({
      ok: false,
      issues: [{ path: '', message: '期限规则集应为规则列表' }],
    });
  });
});
