import type { Claim } from '../../domain/case/claim.schema';
import {
  diffFacts,
  snapshotOf,
  snapshotOfFacts,
  type FactChange,
  type FactsSnapshot,
} from '../../domain/case/fact-diff';
import { mergeFacts } from '../../domain/case/fact-merge';
import type { PlanStore } from '../plan/plan-store';
import type { Party } from '../../domain/case/party.schema';
import { liveLog, liveReceipt, RECEIPT_EVENT_TYPES } from '../../procedure/live-log';
import { actionById, type FoldableEvent } from '../../procedure/machine';
import { futureDateReason } from '../../procedure/not-future';
import { AppFailure } from '../../result';
import type { EntityRow } from '../../sync/entities';
import { appendEvent, caseEvents, foldable, foldCase, loadCase, projectCase } from '../plan/case-log';
import { requireCorrectionRight } from '../plan/correction-rights';
import type { PlanCtx, MutationPlanner } from '../plan/planner';

export type CorrectCaseResult = { eventId: string; changes: FactChange[] };

const RECEIVED_FIELD = { path: 'facts.receivedDate', label: '收件日期' };

const refuse = (path: string, label: string, message: string): never => {
  throw new AppFailure('VALIDATION', `${label}：${message}`, {
    issues: [{ path, label, message: `${label}：${message}` }],
  });
};

/** Stored order: the order registration (or the last correction) gave the rows; ties by id. */
const bySortOrder = (a: { sortOrder: number }, b: { sortOrder: number }): number => a.sortOrder - b.sortOrder;

/** A party row as the domain compares it (no office, no creation time). */
const partyOf = ({ officeId: _o, createdAt: _c, ...p }: EntityRow<'party'>): Party => p as Party;
const claimOf = ({ officeId: _o, createdAt: _c, ...c }: EntityRow<'claim'>): Claim => c;

/** The fields of `next` whose value differs from the stored row: what a correction changes in it. */
function changedFields(
  stored: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([f, v]) => (stored[f] ?? null) !== (v ?? null)));
}

/**
 * The earliest date a corrected 收件日期 may not pass: the first procedural step in force after the receipt (an
 * imported case's own acceptance and closing dates count as steps).
 */
function firstLaterStep(events: readonly FoldableEvent[]): { label: string; on: string } | null {
  let first: { label: string; on: string } | null = null;
  const consider = (label: string, on: unknown) => {
    if (typeof on === 'string' && (first === null || on < first.on)) first = { label, on };
  };
  for (const e of liveLog(events)) {
    if (e.type === 'case.imported') {
      consider('受理', e.payload['acceptedDate']);
      consider('结案', e.payload['closedDate']);
    }
    const action = RECEIPT_EVENT_TYPES.includes(e.type) ? undefined : actionById(e.type);
    if (action !== undefined) consider(action.label, e.occurredOn);
  }
  return first;
}

/** Supersedes the receipt in force with one on the corrected date, so fold, deadlines and limitation move. */
function moveReceipt(
  ctx: PlanCtx,
  caseId: string,
  officeId: string,
  to: string,
  args: { receiptEventId?: string | undefined; correctionEventId?: string | undefined },
) {
  const events = caseEvents(ctx.store, caseId).map(foldable);
  const receipt = liveReceipt(events);
  if (receipt?.id === undefined) throw new AppFailure('CONFLICT', '案件没有收件登记记录，不能更正收件日期');
  const later = firstLaterStep(events);
  if (later !== null && to > later.on)
    refuse(
      RECEIVED_FIELD.path,
      RECEIVED_FIELD.label,
      `不能晚于其后的办案事项“${later.label}”的日期（${later.on}）`,
    );
  appendEvent(ctx, {
    id: args.receiptEventId as string,
    caseId,
    officeId,
    type: receipt.type,
    occurredOn: to,
    payload: {
      ...receipt.payload,
      correctedFrom: receipt.occurredOn,
      correctionEventId: args.correctionEventId,
    },
    supersedesEventId: receipt.id,
  });
}

/**
 * The facts as stored now, as a correction compares them: the receipt date as registered (or last corrected), not
 * the projection a completed 补正 moved on. Also what the desktop records as the facts its author saw (`seen`).
 */
export function storedFacts(read: PlanStore, caseId: string): FactsSnapshot {
  const { row, events } = loadCase(read, caseId);
  return snapshotOf({
    officeId: row.officeId,
    receivedDate: liveReceipt(events.map(foldable))?.occurredOn ?? row.receivedDate,
    reasons: row.reasons as string[],
    isCollective: row.isCollective,
    workerCount: row.workerCount,
    isMigrantWage: row.isMigrantWage,
    summary: row.summary,
    parties: read.list('party', { caseId }).sort(bySortOrder).map(partyOf),
    claims: read.list('claim', { caseId }).sort(bySortOrder).map(claimOf),
  });
}

/**
 * 更正案件信息: the facts registration recorded, corrected with a reason. Validated by the rules registration
 * applies (the args schema) and the committee's correction rule; the change is recorded field by field as an
 * event (before → after, who, when), parties and claims left out are voided (tombstoned with the reason), and a
 * corrected 收件日期 supersedes the receipt event. Search text, 案由 index and deadlines are each store's own
 * projections of these rows. Existing parties and claims get only the fields that change, so a correction never
 * claims fields it left alone.
 */
export const planCorrectCase: MutationPlanner<'case.correct', CorrectCaseResult> = {
  caseOf: (args) => args.caseId,

  plan(args, ctx) {
    const { store, nowIso } = ctx;
    const caseId = args.caseId;
    const { row } = loadCase(store, caseId);
    requireCorrectionRight(ctx, 'correctFacts', row);
    const f = args.facts;
    const future = futureDateReason(f.receivedDate, ctx.today);
    if (future !== null) refuse(RECEIVED_FIELD.path, RECEIVED_FIELD.label, future);
    if (!store.get('office', f.officeId)) refuse('facts.officeId', '办案机构', '不存在');

    const oldParties = store.list('party', { caseId }).sort(bySortOrder);
    const oldClaims = store.list('claim', { caseId }).sort(bySortOrder);
    const before = storedFacts(store, caseId);
    const partyIds = f.parties.map((p) => p.id as string);
    const claimIds = f.claims.map((c) => c.id as string);
    const saved = snapshotOfFacts(f, partyIds, claimIds);
    const after =
      args.seen === undefined ? saved : mergeFacts(before, args.seen as unknown as FactsSnapshot, saved);
    const officeName = (id: string) => store.get('office', id)?.name ?? id;
    const changes = diffFacts(before, after, officeName);
    if (changes.length === 0)
      throw new AppFailure('VALIDATION', '没有需要更正的内容：更正后的信息与现有信息相同');

    const officeId = after.officeId;
    if (after.receivedDate !== before.receivedDate)
      moveReceipt(ctx, caseId, officeId, after.receivedDate, args);

    store.update('case', caseId, {
      officeId,
      reasons: [...after.reasons],
      isCollective: after.isCollective,
      workerCount: after.workerCount,
      isMigrantWage: after.isMigrantWage,
      summary: after.summary,
      updatedAt: nowIso,
    });

    const tombstone = { at: nowIso, by: ctx.actor.id, reason: args.reason };
    const parties = after.parties.map((p, i) => ({ ...p, caseId, sortOrder: i }));
    const oldParty = new Map(oldParties.map((p) => [p.id, p]));
    // Principals first, so an added agent's foreign key to the party it represents always resolves.
    const byPrincipalsFirst = [...parties].sort(
      (a, b) => Number(a.kind === 'agent') - Number(b.kind === 'agent'),
    );
    for (const p of byPrincipalsFirst) {
      const stored = oldParty.get(p.id);
      if (stored === undefined) store.insert('party', { ...p, officeId, createdAt: nowIso });
      else {
        const set = changedFields(stored, { ...p, officeId });
        if (Object.keys(set).length > 0) store.update('party', p.id, set);
      }
    }
    const kept = new Set(after.parties.map((p) => p.id));
    for (const p of oldParties) if (!kept.has(p.id)) store.remove('party', p.id, tombstone);

    const oldClaim = new Map(oldClaims.map((c) => [c.id, c]));
    after.claims.forEach((c, i) => {
      const rec = { ...c, caseId, sortOrder: i };
      const stored = oldClaim.get(rec.id);
      if (stored === undefined) store.insert('claim', { ...rec, officeId, createdAt: nowIso });
      else {
        const set = changedFields(stored, { ...rec, officeId });
        if (Object.keys(set).length > 0) store.update('claim', rec.id, set);
      }
    });
    const keptClaims = new Set(after.claims.map((c) => c.id));
    for (const c of oldClaims) if (!keptClaims.has(c.id)) store.remove('claim', c.id, tombstone);

    const eventId = args.correctionEventId as string;
    appendEvent(ctx, {
      id: eventId,
      caseId,
      officeId,
      type: 'case.corrected',
      occurredOn: ctx.today,
      payload: { reason: args.reason, changes },
    });

    // The receipt date, collective flag and everything derived from the log are projected afresh.
    const fresh = store.get('case', caseId) ?? row;
    projectCase(ctx, caseId, foldCase(fresh, caseEvents(store, caseId).map(foldable)));
    return {
      result: { eventId, changes },
      audit: {
        entity: 'case',
        entityId: caseId,
        caseId,
        officeId,
        before,
        after: { ...after, reason: args.reason, changes },
      },
    };
  },
};
