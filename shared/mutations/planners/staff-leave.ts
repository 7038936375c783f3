import { AppFailure } from '../../result';
import type { Actor, MutationPlanner } from '../plan/planner';

/** Anyone records their own absence; a director or administrator records anyone's (reference §4). */
function mayActFor(actor: Actor, staffId: string): boolean {
  return actor.id === staffId || actor.roles.includes('director') || actor.roles.includes('admin');
}

export const planRecordLeave: MutationPlanner<'staff.recordLeave', { id: string }> = {
  plan(args, { store, actor, nowIso }) {
    const person = store.get('staff', args.staffId);
    if (!person) throw new AppFailure('VALIDATION', '人员不存在');
    if (!mayActFor(actor, args.staffId)) throw new AppFailure('FORBIDDEN', '只能登记本人的请假、出差或培训');
    const id = args.id as string;
    const row = {
      id,
      officeId: person.officeId,
      staffId: args.staffId,
      kind: args.kind,
      fromDate: args.from,
      toDate: args.to,
      note: args.note ?? null,
      createdAt: nowIso,
      createdBy: actor.id,
    };
    store.insert('leave', row);
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

export const planDeclareRelationship: MutationPlanner<'staff.declareRelationship', { id: string }> = {
  plan(args, { store, actor, nowIso }) {
    const person = store.get('staff', args.staffId);
    if (!person) throw new AppFailure('VALIDATION', '人员不存在');
    if (!mayActFor(actor, args.staffId)) throw new AppFailure('FORBIDDEN', '只能申报本人的回避关系');
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
      createdAt: nowIso,
      createdBy: actor.id,
    };
    store.insert('relationship', row);
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
