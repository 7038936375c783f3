import { AppFailure } from '../../../shared/result';
import type { Actor, MutatorImpl } from './types';

/** Anyone records their own absence; a director or administrator records anyone's (reference §4). */
function mayActFor(actor: Actor, staffId: string): boolean {
  return actor.id === staffId || actor.roles.includes('director') || actor.roles.includes('admin');
}

export const recordLeave: MutatorImpl<'staff.recordLeave', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  apply(args, ctx) {
    const person = ctx.repos.staff.get(args.staffId);
    if (!person) throw new AppFailure('VALIDATION', '人员不存在');
    if (!mayActFor(ctx.actor, args.staffId))
      throw new AppFailure('FORBIDDEN', '只能登记本人的请假、出差或培训');
    const id = args.id as string;
    const row = {
      id,
      officeId: person.officeId,
      staffId: args.staffId,
      kind: args.kind,
      from: args.from,
      to: args.to,
      note: args.note ?? null,
      at: ctx.nowIso,
      by: ctx.actor.id,
    };
    ctx.repos.assignments.insertLeave(row);
    return {
      result: { id },
      audit: {
        entity: 'leave',
        entityId: id,
        caseId: null,
        officeId: person.officeId,
        before: null,
        after: row,
      },
    };
  },
};

export const declareRelationship: MutatorImpl<'staff.declareRelationship', { id: string }> = {
  prepare: (args, ctx) => ({ ...args, id: args.id ?? ctx.newId() }),
  apply(args, ctx) {
    const person = ctx.repos.staff.get(args.staffId);
    if (!person) throw new AppFailure('VALIDATION', '人员不存在');
    if (!mayActFor(ctx.actor, args.staffId)) throw new AppFailure('FORBIDDEN', '只能申报本人的回避关系');
    const id = args.id as string;
    const row = {
      id,
      officeId: person.officeId,
      staffId: args.staffId,
      idNumber: args.idNumber ?? null,
      creditCode: args.creditCode ?? null,
      partyName: args.partyName ?? null,
      relation: args.relation,
      note: args.note ?? null,
      at: ctx.nowIso,
      by: ctx.actor.id,
    };
    ctx.repos.assignments.insertRelationship(row);
    return {
      result: { id },
      audit: {
        entity: 'relationship',
        entityId: id,
        caseId: null,
        officeId: person.officeId,
        before: null,
        after: row,
      },
    };
  },
};
