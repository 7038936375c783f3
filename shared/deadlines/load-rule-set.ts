import { DeadlineRuleSet, type DeadlineRule } from './rule.schema';

export type RuleSetIssue = { path: string; message: string };
export type LoadRuleSetResult = { ok: true; rules: DeadlineRule[] } | { ok: false; issues: RuleSetIssue[] };

/**
 * Validates a rule set read from JSON (the bundled defaults or a committee's edited copy). Each message names
 * the rule (by id when it has one) so an administrator can find it in the file; `path` is the dotted path.
 */
export function loadRuleSet(json: unknown): LoadRuleSetResult {
  const parsed = DeadlineRuleSet.safeParse(json);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const [first, ...rest] = issue.path;
      if (typeof first !== 'number')
        return { path: issue.path.map(String).join('.'), message: issue.message };
      const id = ruleIdAt(json, first);
      const where = rest.length > 0 ? `（${rest.map(String).join('.')}）` : '';
      return {
        path: issue.path.map(String).join('.'),
        message: `第 ${first + 1} 条规则${id === null ? '' : ` ${id}`}${where}：${issue.message}`,
      };
    }),
  };
}

function ruleIdAt(json: unknown, i: number): string | null {
  if (!Array.isArray(json)) return null;
  const rule: unknown = json[i];
  if (typeof rule !== 'object' || rule === null) return null;
  const id = (rule as Record<string, unknown>)['id'];
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}
