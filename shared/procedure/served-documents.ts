// What can be served and how (reference §2.3): the lists the service action, its preconditions, the 送达回证 and
// the UI all name; kept apart from the action so the preconditions can read them without an import cycle.

/** 送达 (reference §2.3): every served document is recorded per addressee with its method and dates. */
export const SERVED_DOCUMENTS = [
  { code: 'application_copy', label: '仲裁申请书副本及应诉通知书' },
  { code: 'acceptance_notice', label: '受理通知书' },
  { code: 'evidence_notice', label: '举证通知书' },
  { code: 'tribunal_notice', label: '仲裁庭组成通知书' },
  { code: 'hearing_notice', label: '开庭通知书' },
  { code: 'defence_copy', label: '答辩书副本' },
  { code: 'decision', label: '决定书' },
  { code: 'mediation_statement', label: '调解书' },
  { code: 'award', label: '裁决书' },
  { code: 'mediation_agreement', label: '调解协议书' },
  { code: 'other', label: '其他文书' },
] as const;
export type ServedDocument = (typeof SERVED_DOCUMENTS)[number]['code'];

export const SERVICE_METHODS = [
  { code: 'direct', label: '直接送达' },
  { code: 'left', label: '留置送达' },
  { code: 'post', label: '邮寄送达' },
  { code: 'electronic', label: '电子送达' },
  { code: 'public_notice', label: '公告送达' },
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number]['code'];
