import type { StaffRole } from '../../../shared/domain/reference-data';
import { actionById } from '../../../shared/procedure/machine';
import { lineColumn } from '../../components/line-column';

/**
 * 设置 › 期限规则: what the table shows of each rule, read tolerantly from `deadlineRules:get` (its `rules` is
 * plain JSON), and the JSON editor's parsing with a Chinese message that says where the syntax breaks.
 */
export type RuleRow = {
  key: string;
  id: string;
  label: string;
  trigger: string;
  /** The event code and its conditions, e.g. 'service.record（document=application_copy）'. */
  triggerDetail: string;
  period: string;
  rollForward: boolean | null;
  citation: string;
};

const UNIT_TEXT: Readonly<Record<string, (n: number) => string>> = {
  workday: (n) => `${n} 个工作日`,
  natural_day: (n) => `${n} 个自然日`,
  month: (n) => `${n} 个月`,
  year: (n) => `${n} 年`,
};

const EVENT_LABELS: Readonly<Record<string, string>> = { 'case.received': '收件登记' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** 期间 as a clerk reads it: '5 个工作日', '开庭前 5 个工作日' style for 'before' rules. */
export function periodText(count: unknown, unit: unknown, direction: unknown): string {
  const n = typeof count === 'number' ? count : NaN;
  const format = typeof unit === 'string' ? UNIT_TEXT[unit] : undefined;
  const text = format === undefined || Number.isNaN(n) ? `${String(count)} ${String(unit)}` : format(n);
  return direction === 'before' ? `之前 ${text}` : text;
}

/** The event's Chinese name: a procedure action's label, or the code itself when unknown. */
export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? actionById(event)?.label ?? event;
}

function triggerTexts(trigger: unknown): { trigger: string; triggerDetail: string } {
  if (!isObj(trigger)) return { trigger: '', triggerDetail: '' };
  const event = str(trigger['event']);
  const where = isObj(trigger['where'])
    ? Object.entries(trigger['where']).map(([k, v]) => `${k}=${String(v)}`)
    : [];
  const dateField = str(trigger['dateField']);
  const named = str(trigger['label']);
  const label = eventLabel(event);
  return {
    trigger: named === '' ? label : `${label}（${named}）`,
    triggerDetail:
      event +
      (where.length > 0 ? `（${where.join('，')}）` : '') +
      (dateField === '' ? '' : ` · 日期取 ${dateField}`),
  };
}

/** One row per rule; entries that are not objects are skipped (main validated the set before storing it). */
export function ruleRows(rules: unknown): RuleRow[] {
  if (!Array.isArray(rules)) return [];
  return rules.filter(isObj).map((r, i) => ({
    key: `${i}-${str(r['id'])}`,
    id: str(r['id']),
    label: str(r['label']),
    ...triggerTexts(r['trigger']),
    period: periodText(r['count'], r['unit'], r['direction']),
    rollForward: typeof r['rollForward'] === 'boolean' ? r['rollForward'] : null,
    citation: str(r['citation']),
  }));
}

/** Only the 主任 and the administrator may change the committee's rules (main enforces the same). */
export const canEditRules = (roles: readonly StaffRole[]): boolean =>
  roles.includes('director') || roles.includes('admin');

/** The editor's starting text. */
export const rulesJson = (rules: unknown): string => JSON.stringify(rules ?? [], null, 2);

/** JSON.parse with a Chinese message naming the line and column where the syntax breaks. */
export function parseRulesJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: '请填写期限规则（JSON 格式的规则列表）' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : '';
    const m = /position (\d+)/.exec(detail);
    if (m?.[1] !== undefined) {
      const { line, column } = lineColumn(text, Number(m[1]));
      return {
        ok: false,
        message: `JSON 格式错误：第 ${line} 行第 ${column} 列附近，请检查括号、逗号和引号（文字须用英文双引号）`,
      };
    }
    if (/end of JSON/i.test(detail))
      return { ok: false, message: 'JSON 格式错误：内容不完整，可能缺少结尾的 ] 或 }' };
    return { ok: false, message: 'JSON 格式错误，请检查括号、逗号和引号（文字须用英文双引号）' };
  }
}
