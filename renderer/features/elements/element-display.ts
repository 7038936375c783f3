import type { ClaimFlagSeverity, ElementState } from '../../../shared/elements';
import type { Def } from './element-form-values';

/** 比对结果的标签: 一致 green, 有争议 red, 未答辩 grey. */
export const STATE_TAG: Readonly<Record<ElementState, { label: string; color: string }>> = {
  agreed: { label: '一致', color: 'green' },
  disputed: { label: '有争议', color: 'red' },
  not_addressed: { label: '未答辩', color: 'default' },
};

/** 请求核算的提示: over-claims red, contradictions volcano, impossible input orange, missing grey, info blue. */
export const FLAG_TAG: Readonly<Record<ClaimFlagSeverity, { label: string; color: string }>> = {
  over_claim: { label: '超出法定标准', color: 'red' },
  contradiction: { label: '前后矛盾', color: 'volcano' },
  impossible_input: { label: '数据有误', color: 'orange' },
  missing_input: { label: '缺少数据', color: 'default' },
  time_barred: { label: '时效', color: 'purple' },
  info: { label: '提示', color: 'blue' },
};

const SEVERITY_ORDER: readonly ClaimFlagSeverity[] = [
  'over_claim',
  'contradiction',
  'impossible_input',
  'time_barred',
  'missing_input',
  'info',
];

/** Flags by severity (the serious ones first), keeping their order within a severity. */
export function sortFlags<T extends { severity: ClaimFlagSeverity }>(flags: readonly T[]): T[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** '离职前十二个月平均工资（元）': the label with its unit, money always in 元. */
export function elementLabel(def: Def): string {
  const unit = def.type === 'money' ? '元' : def.unit;
  return unit === undefined || unit === '' ? def.label : `${def.label}（${unit}）`;
}

/** Summary line of a comparison: '一致 5 项 · 有争议 2 项 · 未答辩 3 项'. */
export function summaryText(s: { agreed: number; disputed: number; notAddressed: number }): string {
  return `一致 ${s.agreed} 项 · 有争议 ${s.disputed} 项 · 未答辩 ${s.notAddressed} 项`;
}
