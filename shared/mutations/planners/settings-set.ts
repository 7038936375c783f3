import { OfficeProfileView, officeOfProfileKey } from '../../documents/office-profile.schema';
import { AppFailure } from '../../result';
import { fieldIssues, summarizeIssues } from '../../schema/field-labels';
import type { Actor, MutationPlanner } from '../plan/planner';
import type { PlanStore } from '../plan/plan-store';

/**
 * Stores a committee setting. The value was validated by the service that owns the key before it got here
 * (deadline rules, imported calendar years); this only refuses an actor without an office.
 *
 * An office profile (`office.profile.<officeId>`) is the one setting that belongs to another office than the
 * actor's: its row carries the profiled station's office id, so the station and its committee both read and may
 * write it under the server's office scope (a row of the committee could not be written by the station). Its
 * value is checked here too, because the rebase and the server replay these args without the IPC handler.
 */
export const planSetSetting: MutationPlanner<'settings.set', { key: string }> = {
  plan(args, { store, actor, nowIso }) {
    if (actor.officeId === null) throw new AppFailure('FORBIDDEN', '没有所属机构的账号不能修改设置');
    const profiled = officeOfProfileKey(args.key);
    const officeId =
      profiled === null ? actor.officeId : checkOfficeProfile(store, actor, profiled, args.value);
    const existing = store.get('setting', args.key);
    const value = args.value ?? null;
    // An existing setting keeps its office; only its value and who set it when change.
    if (existing) store.update('setting', args.key, { value, updatedAt: nowIso, updatedBy: actor.id });
    else store.insert('setting', { id: args.key, officeId, value, updatedAt: nowIso, updatedBy: actor.id });
    return {
      result: { key: args.key },
      audit: {
        entity: 'setting',
        entityId: args.key,
        caseId: null,
        officeId,
        before: existing?.value ?? null,
        after: args.value,
      },
    };
  },
};

/** A station's own administrator, or one of its committee, may set its profile; the value must be complete. */
function checkOfficeProfile(store: PlanStore, actor: Actor, officeId: string, value: unknown): string {
  const office = store.get('office', officeId);
  if (office === null) throw new AppFailure('NOT_FOUND', '机构不存在或已删除');
  if (office.kind !== 'station')
    throw new AppFailure('VALIDATION', '只有调解组织有自己的文书设置；仲裁委员会的请在“文书设置”中修改');
  if (actor.officeId !== office.id && actor.officeId !== office.parentId)
    throw new AppFailure('FORBIDDEN', '只能修改本机构或下属调解组织的文书设置');
  const parsed = OfficeProfileView.strict().safeParse(value);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `value.${i.path}` }));
    throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
  }
  return office.id;
}
