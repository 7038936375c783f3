import { z } from 'zod';
import { Id, IsoDate, OptionalText, RequiredText } from '../schema/primitives';
import { AttachmentRef } from '../domain/attachment.schema';
import { defineAction } from './action-types';
import type { ProcedureState } from './procedure-state';
import { servicePreconditionFails } from './service-preconditions';
import {
  SERVED_DOCUMENTS,
  SERVICE_METHODS,
  type ServedDocument,
  type ServiceMethod,
} from './served-documents';

export { SERVED_DOCUMENTS, SERVICE_METHODS, type ServedDocument, type ServiceMethod };
import { shiftDays } from '../util/day-number';

/** 公告送达: deemed served thirty days after publication (民诉法 art 95); configurable per committee. */
export const PUBLIC_NOTICE_DAYS = 30;

export const ServicePayload = z
  .object({
    document: z.enum(SERVED_DOCUMENTS.map((d) => d.code) as [ServedDocument, ...ServedDocument[]], {
      message: '请选择送达的文书',
    }),
    addressee: RequiredText(100),
    addresseeRole: z.enum(['applicant', 'respondent', 'third_party', 'agent'], { message: '请选择受送达人' }),
    method: z.enum(SERVICE_METHODS.map((m) => m.code) as [ServiceMethod, ...ServiceMethod[]], {
      message: '请选择送达方式',
    }),
    sentOn: IsoDate,
    servedOn: IsoDate.optional(),
    publishedOn: IsoDate.optional(),
    effectiveOn: IsoDate.optional(),
    evidence: OptionalText(500),
    /** A scan of the 送达回证, an EMS receipt or a screenshot, stored content-addressed (sync §2.11). */
    evidenceFile: AttachmentRef.optional(),
    /**
     * 送达人: the staff member who served it (民诉法 art 87: the 送达回证 bears the server's signature); printed on
     * the receipt. Optional because records made before it existed have none — the receipt then lists it missing.
     */
    serverId: Id.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.method === 'public_notice') {
      if (p.publishedOn === undefined)
        ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: '公告送达须填写公告日期' });
      else if (p.publishedOn < p.sentOn)
        ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: '公告日期不能早于发出日期' });
    } else if (p.servedOn === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['servedOn'],
        message: '请填写送达日期（受送达人签收、留置或到达之日）',
      });
    } else if (p.servedOn < p.sentOn) {
      ctx.addIssue({ code: 'custom', path: ['servedOn'], message: '送达日期不能早于发出日期' });
    }
  });
export type ServicePayload = z.output<typeof ServicePayload>;

/** The date service takes effect: the recorded date, or publication + 30 days for 公告. */
export function effectiveServiceDate(
  p: Pick<ServicePayload, 'method' | 'servedOn' | 'publishedOn'>,
  publicNoticeDays = PUBLIC_NOTICE_DAYS,
): string {
  if (p.method === 'public_notice') return shiftDays(p.publishedOn as string, publicNoticeDays);
  return p.servedOn as string;
}

/** Periods that run from service start from the served date; the first effective service counts. */
function applyService(s: ProcedureState, p: ServicePayload): ProcedureState {
  const on = p.effectiveOn ?? effectiveServiceDate(p);
  const earliest = (cur: string | null) => (cur === null || on < cur ? on : cur);
  if (p.document === 'application_copy' && p.addresseeRole === 'respondent')
    return { ...s, copyServedOn: earliest(s.copyServedOn) };
  if (p.document === 'tribunal_notice') return { ...s, tribunalNotifiedOn: earliest(s.tribunalNotifiedOn) };
  if (p.document === 'hearing_notice')
    return { ...s, hearingNoticeServedOn: earliest(s.hearingNoticeServedOn) };
  return s;
}

export const serviceRecord = defineAction({
  id: 'service.record',
  label: '登记送达',
  kinds: ['mediation', 'arbitration'],
  roles: ['clerk', 'arbitrator', 'mediator', 'director'],
  payload: ServicePayload,
  // Only what has happened can be served (service-preconditions.ts); the UI offers the step with an empty payload.
  guard: (s, p) => servicePreconditionFails(s, p.document as ServedDocument | undefined, p.sentOn),
  reduce: (s, e) => applyService(s, e.payload),
  deadlines: { stops: ['arb.serve_copy', 'arb.hearing_notice'], starts: ['arb.defence'] },
  citation: '《中华人民共和国民事诉讼法》第八十七条至第九十五条',
});
