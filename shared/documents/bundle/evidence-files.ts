// The files a case's steps carry as evidence (凭证附件, `payload.evidenceFile`): the scans of 送达回证 and any other
// step's proof. Only steps still in force count (a voided or superseded step's file is not the case's evidence).

import type { CaseEvent } from '../../domain/case/case.schema';
import { AttachmentRef } from '../../domain/attachment.schema';
import { liveLog } from '../../procedure/live-log';
import { SERVED_DOCUMENTS } from '../../procedure/served-documents';

export type EvidenceItem = {
  eventId: string;
  /** The step, e.g. '送达' or '登记受理'. */
  label: string;
  occurredOn: string;
  /** For a service record: what was served to whom. */
  service: { document: string; addressee: string } | null;
  file: AttachmentRef;
};

const servedLabel = (code: unknown): string =>
  SERVED_DOCUMENTS.find((d) => d.code === code)?.label ?? (typeof code === 'string' ? code : '文书');

/** Every step in force with an evidence file, in the order of the log. */
export function evidenceFilesOf(events: readonly CaseEvent[]): EvidenceItem[] {
  return liveLog(events).flatMap((e) => {
    const file = AttachmentRef.safeParse(e.payload['evidenceFile']);
    if (!file.success) return [];
    const service =
      e.type === 'service.record'
        ? {
            document: servedLabel(e.payload['document']),
            addressee: typeof e.payload['addressee'] === 'string' ? e.payload['addressee'] : '',
          }
        : null;
    return [{ eventId: e.id, label: e.label, occurredOn: e.occurredOn, service, file: file.data }];
  });
}

/** How the evidence list and the index name one file: '送达回证（受理通知书 → 张三）' or the step's label. */
export const evidenceTitle = (item: EvidenceItem): string =>
  item.service === null
    ? `${item.label}凭证（${item.file.name}）`
    : `送达回证（${item.service.document}，受送达人${item.service.addressee}）`;
