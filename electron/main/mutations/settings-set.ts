import { AppFailure } from '../../../shared/result';
import { fieldIssues, summarizeIssues } from '../../../shared/schema/field-labels';
import { OfficeProfileView, officeOfProfileKey } from '../../../shared/documents/office-profile.schema';
import type { MutationCtx, MutatorImpl } from './types';

/**
 * Stores a committee setting. The value was validated by the service that owns the key before it got here
 * (deadline rules, imported calendar years); this only refuses an actor without an office.
 *
 * An office profile (`office.profile.<officeId>`) is the one setting that belongs to another office than the
 * actor's: its row carries the profiled station's office id, so the station and its committee both read and may
 * write it under the server's office scope (a row of the committee could not be written by the station). Its
 * value is checked here too, because the rebase and the server replay these args without the IPC handler.
 */
export const setSetting: MutatorImpl<'settings.set', { key: string }> = {
  prepare: (args) => args,
  apply(args, ctx) {
    if (ctx.actor.officeId === null) throw new AppFailure('FORBIDDEN', '没有所属机构的账号不能修改设置');
    const profiled = officeOfProfileKey(args.key);
    const officeId = profiled === null ? ctx.actor.officeId : checkOfficeProfile(ctx, profiled, args.value);
    const before = ctx.repos.settings.get(args.key) ?? null;
    ctx.repos.settings.set(args.key, officeId, args.value, ctx.nowIso, ctx.actor.id);
    return {
      result: { key: args.key },
      audit: {
        entity: 'setting',
        entityId: args.key,
        caseId: null,
        officeId,
        before,
        after: args.value,
      },
    };
  },
};

/** A station's own administrator, or one of its committee, may set its profile; the value must be complete. */
function checkOfficeProfile(ctx: MutationCtx, officeId: string, value: unknown): string {
  const office = ctx.repos.offices.get(officeId);
  if (office === null) throw new AppFailure('NOT_FOUND', '机构不存在或已删除');
  if (office.kind !== 'station')
    throw new AppFailure('VALIDATION', '只有调解组织有自己的文书设置；仲裁委员会的请在“文书设置”中修改');
  if (ctx.actor.officeId !== office.id && ctx.actor.officeId !== office.parentId)
    throw new AppFailure('FORBIDDEN', '只能修改本机构或下属调解组织的文书设置');
  const parsed = OfficeProfileView.strict().safeParse(value);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) => ({ ...i, path: `value.${i.path}` }));
    throw new AppFailure('VALIDATION', summarizeIssues(issues), { issues });
  }
  return office.id;
}
