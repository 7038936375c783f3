import {
  diffFacts,
  snapshotOf,
  snapshotOfFacts,
  type FactChange,
} from '../../../shared/domain/case/fact-diff';
import { claimRecord, partyRecord } from '../../../shared/domain/case/party-record';
import type { Party } from '../../../shared/domain/case/party.schema';
import { liveLog, liveReceipt, RECEIPT_EVENT_TYPES } from '../../../shared/procedure/live-log';
import { actionById, type FoldableEvent } from '../../../shared/procedure/machine';
import { AppFailure } from '../../../shared/result';
import { caseSearchText } from './case-register';
import { requireCorrectionRight } from './correction-rights';
import { refuseFutureDate } from './not-future';
import { foldCaseRow, projectCase } from './project-case';
import type { MutationCtx, MutatorImpl } from './types';
import { appendEvent } from './append-event';

export type CorrectCaseResult = { eventId: string; changes: FactChange[] };

const RECEIVED_FIELD = { path: 'facts.receivedDate', label: '收件日期' };

const refuse = (path: string, label: string, message: string): never => {
  throw new AppFailure('VALIDATION', `${label}：${message}`, {
    issues: [{ path, label, message: `${label}：${message}` }],
  });
};

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
  ctx: MutationCtx,
  caseId: string,
  officeId: string,
  to: string,
  args: { receiptEventId?: string | undefined; correctionEventId?: string | undefined },
) {
  const events = ctx.repos.events.listForFold(caseId);
  const receipt = liveReceipt(events);
  if (receipt?.id === undefined) throw new AppFailure('CONFLICT', '案件没有收件登记记录，不能更正收件日期');
  const later = firstLaterStep(events);
  if (later !== null && to > later.on)
    refuse(
      RECEIVED_FIELD.path,
      RECEIVED_FIELD.label,
      `不能晚于其后的办案事项“${later.label}”的日期（${later.on}）`,
    );
  const id = args.receiptEventId as string;
  appendEvent(ctx, {
    id,
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
 * 更正案件信息: the facts registration recorded, corrected with a reason. Validated by the rules registration
 * applies (the args schema) and the committee's correction rule; the change is recorded field by field as an
 * event (before → after, who, when), parties and claims left out are voided, a corrected 收件日期 supersedes the
 * receipt event, and search text, 案由 index and deadlines follow in the same transaction.
 */
export const correctCase: MutatorImpl<'case.correct', CorrectCaseResult> = {
  caseOf: (args) => args.caseId,
  prepare: (args, ctx) => ({
    ...args,
    facts: {
      ...args.facts,
      parties: args.facts.parties.map((p) => ({ ...p, id: p.id ?? ctx.newId() })),
      claims: args.facts.claims.map((c) => ({ ...c, id: c.id ?? ctx.newId() })),
    },
    correctionEventId: args.correctionEventId ?? ctx.newId(),
    receiptEventId: args.receiptEventId ?? ctx.newId(),
  }),

  apply(args, ctx) {
    const { repos } = ctx;
    const caseId = args.caseId;
    const row = repos.cases.get(caseId);
    if (!row) throw new AppFailure('NOT_FOUND', '案件不存在或已删除');
    requireCorrectionRight(ctx, 'correctFacts', row);
    const f = args.facts;
    refuseFutureDate(ctx, f.receivedDate, RECEIVED_FIELD);
    if (!repos.offices.get(f.officeId)) refuse('facts.officeId', '办案机构', '不存在');

    const events = repos.events.listForFold(caseId);
    const oldParties = repos.parties.listByCase(caseId);
    const oldClaims = repos.claims.listByCase(caseId);
    const before = snapshotOf({
      officeId: row.officeId,
      // The receipt date as registered (or last corrected), not the projection a completed 补正 moved on.
      receivedDate: liveReceipt(events)?.occurredOn ?? row.receivedDate,
      reasons: row.reasons,
      isCollective: row.isCollective,
      workerCount: row.workerCount,
      isMigrantWage: row.isMigrantWage,
      summary: row.summary,
      parties: oldParties,
      claims: oldClaims,
    });
    const partyIds = f.parties.map((p) => p.id as string);
    const claimIds = f.claims.map((c) => c.id as string);
    const after = snapshotOfFacts(f, partyIds, claimIds);
    const officeName = (id: string) => repos.offices.get(id)?.name ?? id;
    const changes = diffFacts(before, after, officeName);
    if (changes.length === 0)
      throw new AppFailure('VALIDATION', '没有需要更正的内容：更正后的信息与现有信息相同');

    const officeId = f.officeId;
    if (after.receivedDate !== before.receivedDate)
      moveReceipt(ctx, caseId, officeId, after.receivedDate, args);

    repos.cases.updateFacts(
      caseId,
      {
        officeId,
        reasons: [...after.reasons],
        isCollective: after.isCollective,
        workerCount: after.workerCount,
        isMigrantWage: after.isMigrantWage,
        summary: after.summary,
      },
      ctx.nowIso,
    );

    const parties: Party[] = f.parties.map((p, i) =>
      partyRecord(p, partyIds[i] as string, caseId, partyIds, i),
    );
    const existing = new Set(oldParties.map((p) => p.id));
    // Principals first, so an added agent's foreign key to the party it represents always resolves.
    const byPrincipalsFirst = [...parties].sort(
      (a, b) => Number(a.kind === 'agent') - Number(b.kind === 'agent'),
    );
    for (const p of byPrincipalsFirst) {
      if (existing.has(p.id)) repos.parties.update(p, officeId);
      else repos.parties.insert(p, officeId, ctx.nowIso);
    }
    const kept = new Set(partyIds);
    for (const p of oldParties)
      if (!kept.has(p.id)) {
        repos.parties.void(p.id, ctx.nowIso, ctx.actor.id, args.reason);
      }

    const oldClaimIds = new Set(oldClaims.map((c) => c.id));
    f.claims.forEach((c, i) => {
      const rec = claimRecord(c, claimIds[i] as string, caseId, i);
      if (oldClaimIds.has(rec.id)) repos.claims.update(rec, officeId);
      else repos.claims.insert(rec, officeId, ctx.nowIso);
    });
    const keptClaims = new Set(claimIds);
    for (const c of oldClaims)
      if (!keptClaims.has(c.id)) {
        repos.claims.void(c.id, ctx.nowIso, ctx.actor.id, args.reason);
      }

    repos.cases.setSearchText(caseId, caseSearchText(row.provisionalNo, row.officialNo, parties));

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
    const fresh = repos.cases.get(caseId) ?? row;
    projectCase(ctx, caseId, foldCaseRow(fresh, repos.events.listForFold(caseId)));
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
