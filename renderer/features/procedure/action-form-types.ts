import type { AttachmentRef } from '../../../shared/domain/attachment.schema';
import type { Claim } from '../../../shared/domain/case/claim.schema';
import type { Party } from '../../../shared/domain/case/party.schema';
import type { AwardMinWage } from '../../../shared/procedure/award-payload';
import type { AwardRow } from './award-form';

/**
 * Every field any action's payload form edits, flat. Each form fills in only its own keys (see
 * `defaultPayload`), and the action's zod schema keeps only those on submit. Empty dates are `undefined`, never
 * '', so optional dates stay absent and required ones report "请填写日期".
 */
export type PayloadFields = {
  note?: string | undefined;
  reasons?: string | undefined;
  simple?: boolean | undefined;
  items?: string | undefined;
  mode?: 'sole' | 'panel' | undefined;
  presidingId?: string | undefined;
  memberIds?: string[] | undefined;
  hearingDate?: string | undefined;
  time?: string | undefined;
  place?: string | undefined;
  reason?: string | undefined;
  approvedBy?: string | undefined;
  days?: number | undefined;
  final?: boolean | undefined;
  summary?: string | undefined;
  document?: string | undefined;
  addressee?: string | undefined;
  addresseeRole?: string | undefined;
  method?: string | undefined;
  sentOn?: string | undefined;
  servedOn?: string | undefined;
  publishedOn?: string | undefined;
  evidence?: string | undefined;
  /** A scan or photo of the 送达回证 / receipt, uploaded first (attachments:upload). */
  evidenceFile?: AttachmentRef | undefined;
  until?: string | undefined;
  claims?: string | undefined;
  merged?: boolean | undefined;
  arbitratorId?: string | undefined;
  grounds?: string | undefined;
  granted?: boolean | undefined;
  name?: string | undefined;
  role?: string | undefined;
  terms?: string | undefined;
  performBy?: string | undefined;
  names?: string[] | undefined;
  competentCommittee?: string | undefined;
  volumeNo?: string | undefined;
  attendance?: string | undefined;
  /** 送达人 (staff id). */
  serverId?: string | undefined;
  /** 作出裁决: one row per awarded item, the minimum wage looked up for the award date, the confirmation. */
  awardItems?: AwardRow[] | undefined;
  minWage?: AwardMinWage | undefined;
  confirmed?: boolean | undefined;
};

export type PayloadKey = keyof PayloadFields;
type KeysOf<V> = { [K in PayloadKey]-?: NonNullable<PayloadFields[K]> extends V ? K : never }[PayloadKey];
/** Payload keys holding text (also dates and enum codes, which travel as strings). */
export type TextKey = KeysOf<string>;
export type BoolKey = KeysOf<boolean>;

/** The modal's form: the day the step was taken plus its payload. */
export type ActionForm = { occurredOn: string; payload: PayloadFields };
/** What the resolver hands to submit: the payload as the action's schema parsed it. */
export type ActionSubmit = { occurredOn: string; payload: Record<string, unknown> };

export type StaffOption = { id: string; name: string };

/** What the payload forms need to know about the case beyond the form itself. */
export type ActionContext = {
  parties: readonly Party[];
  /** Active staff with the arbitrator role. */
  arbitrators: readonly StaffOption[];
  /** The current tribunal's arbitrators (presiding first), for 回避申请. */
  tribunalIds: readonly string[];
  /** The case's claims, one award row each. */
  claims: readonly Claim[];
  /** Active staff, for 送达人. */
  staff: readonly StaffOption[];
  /** The signed-in user's id when they are active staff (the default 送达人), else null. */
  me: string | null;
  /** The case's 收件 and 受理 dates, for a 终局 test whose minimum wage is taken on one of them. */
  dates: { receivedOn: string; acceptedOn: string | null };
};
