import { actionById } from '../../procedure/machine';

/** Procedural event types with their Chinese labels; the procedure engine adds the rest of reference §1. */
export const EVENT_TYPES = {
  'case.received': '收件登记',
  'case.imported': '导入历史案件',
  'case.corrected': '更正案件信息',
  'case.voided': '作废案件',
  'case.restored': '恢复案件',
  'event.voided': '作废办案记录',
  'case.conflictResolved': '处理同步冲突',
  'review.overridden': '评查放行（主任批准）',
} as const satisfies Record<string, string>;

export type EventType = keyof typeof EVENT_TYPES;

/** Foundation event labels first, then the procedure action that appended the event. */
export const eventLabel = (type: string): string =>
  (EVENT_TYPES as Record<string, string | undefined>)[type] ?? actionById(type)?.label ?? type;
