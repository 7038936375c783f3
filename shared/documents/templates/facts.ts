// Case facts shared by the templates: 案号 (reference §5.2), 案由, the committee, events of the procedure log (§1),
// the tribunal (law arts 31–32) and the hearing (law art 35).

import type { CaseEvent } from '../../domain/case/case.schema';
import { disputeReasonLabel } from '../../domain/reference-data';
import { liveLog } from '../../procedure/live-log';
import type { DocContext } from '../context';
import { amountText, type SignatureLine } from '../model';
import { DEFAULT_WORDING, fillWording, MissingFactError, type WordingValue } from '../wording';
import { COMMITTEE_ROUTE, SETTINGS_ROUTE, type Needs } from './need';

/**
 * The 案号: the official number when `official` (every arbitration document after acceptance), reported missing
 * while the case has none; otherwise the official number if any, else the provisional one (mediation documents,
 * the application, documents before acceptance).
 */
export function caseNumber(ctx: DocContext, need: Needs, official: boolean): string {
  if (official) return need.text(ctx.case.officialNo, '正式案号');
  return ctx.case.officialNo ?? ctx.case.provisionalNo;
}

/** An arbitration document needs the official number once the case is accepted (reference §5.2). */
export const needsOfficialNumber = (ctx: DocContext): boolean =>
  ctx.case.kind === 'arbitration' && ctx.procedure.acceptedOn !== null;

export function committeeName(ctx: DocContext, need: Needs): string {
  return need.text(ctx.committee.name, '仲裁委员会名称', COMMITTEE_ROUTE);
}

/** The seal text, the committee's name when no separate text is set. */
export const sealText = (ctx: DocContext): string =>
  ctx.committee.sealText.trim() === '' ? ctx.committee.name.trim() : ctx.committee.sealText.trim();

/** The committee's address and phone, printed on notices for the parties to reach it. */
export function committeeContact(ctx: DocContext, need: Needs): { address: string; phone: string } {
  return {
    address: need.text(ctx.committee.address, '仲裁委员会地址', COMMITTEE_ROUTE),
    phone: need.text(ctx.committee.phone, '仲裁委员会联系电话', COMMITTEE_ROUTE),
  };
}

/** 案由: the dispute reasons' labels, e.g. '追索劳动报酬、经济补偿争议'. */
export function reasonText(ctx: DocContext, need: Needs): string {
  const labels = ctx.case.reasons.map(disputeReasonLabel);
  return labels.length === 0 ? need.text('', '案由') : `${labels.join('、')}争议`;
}

/** Body amounts (§5.4): Arabic, with capitals in brackets when the committee chose so. */
export const amount = (ctx: DocContext, fen: number): string =>
  amountText(fen, { uppercase: ctx.committee.uppercaseAmounts });

/** The events still in force (corrected or voided ones no longer count, see `liveLog`), by date. */
export function liveEvents(ctx: DocContext, types: readonly string[]): CaseEvent[] {
  return liveLog(ctx.events)
    .filter((e) => types.includes(e.type))
    .sort((a, b) =>
      a.occurredOn === b.occurredOn
        ? a.recordedAt.localeCompare(b.recordedAt)
        : a.occurredOn.localeCompare(b.occurredOn),
    );
}

/** The latest event in force of the given types, or null. */
export const latestEvent = (ctx: DocContext, types: readonly string[]): CaseEvent | null =>
  liveEvents(ctx, types).at(-1) ?? null;

/** A non-blank text field of an event's payload, or null. */
export function payloadText(event: CaseEvent | null, key: string): string | null {
  const v = event?.payload[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * A fact read from an event that exists; when the event itself is missing (already reported) nothing more is
 * recorded, so the user sees one line per missing step, not one per field.
 */
export function eventFact<T>(
  need: Needs,
  event: CaseEvent | null,
  read: (e: CaseEvent) => T | null,
  fact: string,
): T | null {
  return event === null ? null : need.value(read(event), fact);
}

export function payloadNumber(event: CaseEvent | null, key: string): number | null {
  const v = event?.payload[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function payloadBoolean(event: CaseEvent | null, key: string): boolean | null {
  const v = event?.payload[key];
  return typeof v === 'boolean' ? v : null;
}

/** A staff member's name; a missing name is entered in the staff settings. */
export function staffName(ctx: DocContext, need: Needs, id: string, role: string): string {
  const name = ctx.staff.find((s) => s.id === id)?.name;
  return need.text(name, `${role}（${id}）的姓名`, SETTINGS_ROUTE);
}

export type TribunalNames = {
  mode: 'sole' | 'panel';
  presiding: string;
  others: string[];
  composedOn: string;
};

/**
 * The tribunal with its members' names (law art 31: three with a 首席, or one 独任), or null when not composed —
 * then recorded as missing unless `optional`.
 */
export function tribunalNames(ctx: DocContext, need: Needs, optional = false): TribunalNames | null {
  const t = optional
    ? ctx.procedure.tribunal
    : need.value(ctx.procedure.tribunal, '仲裁庭组成（组成仲裁庭）');
  if (t === null) return null;
  const presidingRole = t.mode === 'sole' ? '独任仲裁员' : '首席仲裁员';
  return {
    mode: t.mode,
    presiding: staffName(ctx, need, t.presidingId, presidingRole),
    others: t.memberIds.filter((id) => id !== t.presidingId).map((id) => staffName(ctx, need, id, '仲裁员')),
    composedOn: t.composedOn,
  };
}

/** '首席仲裁员甲、仲裁员乙、仲裁员丙' or '独任仲裁员甲'. */
export const tribunalText = (t: TribunalNames): string =>
  t.mode === 'sole'
    ? `独任仲裁员${t.presiding}`
    : [`首席仲裁员${t.presiding}`, ...t.others.map((n) => `仲裁员${n}`)].join('、');

/** Signature lines of the arbitrators (law art 46); a sole arbitrator signs as 仲裁员, as courts' 审判员 do. */
export const tribunalSignature = (t: TribunalNames): SignatureLine[] =>
  t.mode === 'sole'
    ? [{ role: '仲裁员', name: t.presiding }]
    : [{ role: '首席仲裁员', name: t.presiding }, ...t.others.map((name) => ({ role: '仲裁员', name }))];

/**
 * 承办人 on internal forms: the presiding (or sole) arbitrator once a tribunal is formed, else the case's A角
 * (cases.handler_id, assigned on the case page) — never whoever generates the form.
 */
export function handlerName(ctx: DocContext, need: Needs, t: TribunalNames | null): string {
  if (t !== null) return t.presiding;
  const id = need.value(ctx.assigned.handlerId, '承办人（在案件页“承办人（AB角）”中指定A角）');
  return id === null ? '' : staffName(ctx, need, id, '承办人');
}

/**
 * The 书记员: the clerk assigned to the case (cases.clerk_id, on the case page), written below the date in court
 * style; missing until one is assigned.
 */
export function clerkLine(ctx: DocContext, need: Needs): SignatureLine {
  return { role: '书记员', name: clerkName(ctx, need), position: 'afterDate' };
}

/** The assigned 书记员's name, or '' after recording where to assign one. */
export function clerkName(ctx: DocContext, need: Needs): string {
  const id = need.value(ctx.assigned.clerkId, '书记员（在案件页“承办人（AB角）”中指定本案书记员）');
  return id === null ? '' : staffName(ctx, need, id, '书记员');
}

export type Hearing = { date: string; time: string; place: string };

/** A hearing's date, time and place from an arb.hearingScheduled / arb.hearingPostponed payload. */
export function hearingOf(event: CaseEvent | null): Hearing | null {
  const date = payloadText(event, 'hearingDate');
  const time = payloadText(event, 'time');
  const place = payloadText(event, 'place');
  return date === null || time === null || place === null ? null : { date, time, place };
}

/** The hearing now set (the latest schedule or postponement), or null after recording it as missing. */
export function currentHearing(ctx: DocContext, need: Needs): Hearing | null {
  return need.value(
    hearingOf(latestEvent(ctx, ['arb.hearingScheduled', 'arb.hearingPostponed'])),
    '开庭时间和地点（确定开庭时间）',
  );
}

/**
 * A fixed wording block (wording.ts DEFAULT_WORDING) filled with its facts; a placeholder without a value is
 * reported as missing (fillWording's MissingFactError) instead of leaving a blank.
 */
export function wordingText(need: Needs, id: string, values: Readonly<Record<string, WordingValue>>): string {
  const text = DEFAULT_WORDING.find((w) => w.id === id)?.text;
  if (text === undefined) return need.text('', `文书用语“${id}”`, SETTINGS_ROUTE);
  try {
    return fillWording(text, values);
  } catch (e) {
    if (!(e instanceof MissingFactError)) throw e;
    for (const name of e.placeholders) need.miss(name);
    return '';
  }
}
