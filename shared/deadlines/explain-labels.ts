import type { EventRef } from './rule.schema';

/** How the explanation names the start date, per event type; a rule's `label` on the event overrides it. */
export const START_LABELS: Readonly<Record<string, string>> = {
  'case.received': '收件日',
  'arb.accept': '受理日',
  'med.accept': '受理日',
  'service.record': '送达日',
  'arb.correctionCompleted': '补正完成日',
  'arb.counterclaimFiled': '收到反申请之日',
  'arb.counterclaimDecided': '反申请合并受理日',
  'arb.claimsAmended': '变更请求受理日',
  'arb.partyAdded': '追加当事人决定日',
  'arb.composeTribunal': '组庭日',
  'arb.defenceFiled': '收到答辩书之日',
  'arb.hearingScheduled': '开庭日',
  'arb.hearingPostponed': '改定的开庭日',
  'arb.awarded': '裁决日',
  'med.agreement': '调解协议生效日',
};

export const startLabel = (ref: EventRef, type: string): string =>
  ref.label ?? START_LABELS[type] ?? '起算日';
