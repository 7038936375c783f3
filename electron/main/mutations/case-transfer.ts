import type { RegisterCaseArgs } from '../../../shared/domain/case/case.schema';
import { actionById, applyEvent, checkAction } from '../../../shared/procedure/machine';
import { AppFailure } from '../../../shared/result';
import { insertCaseAggregate } from './case-register';
import { loadCase, projectCase } from './project-case';
import type { MutatorImpl } from './types';
import { appendEvent } from './append-event';

export type TransferResult = { arbitrationCaseId: string; provisionalNo: string };

/**
 * 调解不成转仲裁 in one step: the failed mediation becomes an arbitration application carrying its parties,
 * claims, reasons and facts, linked both ways to the mediation record — nobody types anything twice.
 */
export const transferToArbitration: MutatorImpl<'case.transferToArbitration', TransferResult> = {
  caseOf: (args) => args.mediationCaseId,
  prepare(args, ctx) {
    const parties = ctx.repos.parties.listByCase(args.mediationCaseId);
    const claims = ctx.repos.claims.listByCase(args.mediationCaseId);
    const seq = ctx.repos.meta.nextCounter('provisional_case_no');
    return {
      ...args,
      newCaseId: args.newCaseId ?? ctx.newId(),
      provisionalNo: args.provisionalNo ?? `PROV-${ctx.clientShortId}-${String(seq).padStart(6, '0')}`,
      partyIds: args.partyIds ?? parties.map(() => ctx.newId()),
      claimIds: args.claimIds ?? claims.map(() => ctx.newId()),
      receivedEventId: args.receivedEventId ?? ctx.newId(),
      transferEventId: args.transferEventId ?? ctx.newId(),
    };
  },

  apply(args, ctx) {
    const med = loadCase(ctx, args.mediationCaseId);
    if (med.kind !== 'mediation') throw new AppFailure('CONFLICT', '只有调解案件才能转为仲裁');
    const action = actionById('med.transferred');
    if (!action) throw new Error('med.transferred is not defined');
    const newId = args.newCaseId as string;
    const check = checkAction(
      med.state,
      action,
      ctx.actor.roles,
      { arbitrationCaseId: newId },
      args.receivedDate,
    );
    if (!check.ok) throw new AppFailure('CONFLICT', check.reason);

    const parties = ctx.repos.parties.listByCase(args.mediationCaseId);
    const claims = ctx.repos.claims.listByCase(args.mediationCaseId);
    const partyIds = args.partyIds ?? [];
    const claimIds = args.claimIds ?? [];
    if (partyIds.length !== parties.length || claimIds.length !== claims.length)
      throw new AppFailure('CONFLICT', '调解案件的当事人或请求已变化，请重试');
    const indexOf = new Map(parties.map((p, i) => [p.id, i]));
    const row = med.row;
    const register: RegisterCaseArgs = {
      id: newId,
      provisionalNo: args.provisionalNo,
      receivedEventId: args.receivedEventId,
      kind: 'arbitration',
      // Arbitration is the committee's: a station's failed mediation becomes a case of the committee it works
      // under (with a server, the station keeps reading it through a grant and sees its official 案号).
      officeId: ctx.repos.offices.get(med.officeId)?.parentId ?? med.officeId,
      receivedDate: args.receivedDate,
      reasons: row.reasons as RegisterCaseArgs['reasons'],
      isCollective: row.isCollective,
      ...(typeof row.workerCount === 'number' ? { workerCount: row.workerCount } : {}),
      isMigrantWage: row.isMigrantWage,
      ...(typeof row.summary === 'string' ? { summary: row.summary } : {}),
      parties: parties.map((p, i) => {
        const id = partyIds[i] as string;
        const opt = <T>(v: T | null) => (v === null ? undefined : v);
        if (p.kind === 'agent')
          return {
            id,
            kind: 'agent' as const,
            role: 'agent' as const,
            name: p.name,
            representsIndex: indexOf.get(p.representsPartyId ?? '') ?? 0,
            agentType: (p.agentType ?? 'other') as 'lawyer' | 'relative' | 'union' | 'other',
            authority: (p.authority ?? 'general') as 'general' | 'special',
            idNumber: opt(p.idNumber),
            phone: opt(p.phone),
          };
        const role = p.role === 'agent' ? 'third_party' : p.role;
        if (p.kind === 'employer')
          return {
            id,
            kind: 'employer' as const,
            role,
            name: p.name,
            creditCode: opt(p.creditCode),
            address: opt(p.address),
            legalRep: opt(p.legalRep),
            legalRepTitle: opt(p.legalRepTitle),
            phone: opt(p.phone),
          };
        return {
          id,
          kind: 'worker' as const,
          role,
          name: p.name,
          idNumber: opt(p.idNumber),
          sex: opt(p.sex),
          birthDate: opt(p.birthDate),
          ethnicity: opt(p.ethnicity),
          address: opt(p.address),
          phone: opt(p.phone),
        };
      }),
      claims: claims.map((c, i) => ({
        id: claimIds[i] as string,
        type: c.type as RegisterCaseArgs['claims'][number]['type'],
        ...(c.description !== null ? { description: c.description } : {}),
        ...(c.amountFen !== null ? { amountFen: c.amountFen } : {}),
      })),
    };
    const created = insertCaseAggregate(register, ctx, {
      status: 'received',
      officialNo: null,
      acceptedDate: null,
      closedDate: null,
      eventType: 'case.received',
      receivedPayload: { fromMediationCaseId: args.mediationCaseId },
    });
    ctx.repos.cases.setLinkedCase(newId, args.mediationCaseId, ctx.nowIso);
    ctx.repos.cases.setLinkedCase(args.mediationCaseId, newId, ctx.nowIso);

    const eventId = args.transferEventId as string;
    const payload = { arbitrationCaseId: newId };
    appendEvent(ctx, {
      id: eventId,
      caseId: args.mediationCaseId,
      officeId: med.officeId,
      type: action.id,
      occurredOn: args.receivedDate,
      payload,
    });
    projectCase(
      ctx,
      args.mediationCaseId,
      applyEvent(med.state, { type: action.id, occurredOn: args.receivedDate, payload }),
    );
    return {
      result: { arbitrationCaseId: newId, provisionalNo: created.result.provisionalNo },
      audit: {
        ...created.audit,
        before: { mediationCaseId: args.mediationCaseId },
        after: { ...(created.audit.after as object), fromMediationCaseId: args.mediationCaseId },
      },
    };
  },
};
