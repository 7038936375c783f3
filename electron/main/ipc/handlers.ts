import { err, ok } from '../../../shared/result';
import { loadRuleSet } from '../../../shared/deadlines';
import type { Services } from '../services';
import { toActor } from '../services/auth-service';
import type { Handlers } from './types';

/** Thin adapters from the contract to the services; all logic lives in services and mutations. */
export function createHandlers(s: Services): Handlers {
  return {
    'setup:status': () => ok(s.setup.status()),
    'setup:initialize': (arg, ctx) => {
      const r = s.setup.initialize(arg);
      if (r.ok) ctx.signIn(r.value.id);
      return r;
    },
    'auth:signIn': (arg, ctx) => {
      const r = s.auth.signIn(arg.username, arg.password);
      if (r.ok) ctx.signIn(r.value.id);
      return r;
    },
    'auth:signOut': (_arg, ctx) => {
      ctx.signOut();
      return ok({ signedOut: true });
    },
    'auth:me': (_arg, ctx) => ok(ctx.user),
    'offices:list': () => ok(s.repos.offices.list()),
    'staff:list': () => ok(s.staff.list()),
    'staff:create': (arg, ctx) => s.staff.create(arg, ctx.actor),
    'cases:register': (arg, ctx) => s.cases.register(arg, ctx.actor),
    'cases:list': (arg) => ok(s.cases.list(arg)),
    'cases:get': (arg) => s.cases.get(arg.id),
    'cases:timeline': (arg) => s.cases.timeline(arg.id),
    'cases:procedure': (arg, ctx) => s.procedure.view(arg.id, ctx.user),
    'cases:performAction': (arg, ctx) => s.procedure.perform(arg, ctx.user),
    'cases:transferToArbitration': (arg, ctx) =>
      s.procedure.transfer(arg.mediationCaseId, arg.receivedDate, ctx.user),
    'deadlines:list': (arg, ctx) => {
      const all = arg.scope === 'all' && ctx.user.roles.some((r) => r === 'director' || r === 'admin');
      return ok(s.deadlines.list(arg.window, all ? null : ctx.user.id));
    },
    'calendar:status': () => ok(s.calendar.status()),
    'calendar:importYear': (arg, ctx) => {
      const r = s.calendar.importYear(arg, ctx.actor);
      if (!r.ok) return r;
      return ok({ year: r.value.year, recomputed: s.deadlines.recomputeAll() });
    },
    'calendar:addPeriod': (arg) => {
      const cal = s.calendar.current();
      const date =
        arg.unit === 'workday'
          ? cal.addWorkdays(arg.date, arg.count)
          : cal.addNaturalDays(arg.date, arg.count, { rollForward: arg.rollForward });
      return ok({ date });
    },
    'attachments:upload': (arg) => s.attachments.upload(arg),
    'attachments:get': (arg) => s.attachments.get(arg.sha256),
    'elements:case': (arg) => s.elements.caseView(arg.id),
    'elements:save': (arg, ctx) => s.elements.save(arg, ctx.actor),
    'elements:templates': () => ok(s.elements.templates()),
    'elements:saveTemplate': (arg, ctx) => s.elements.saveTemplate(arg.template, ctx.actor),
    'regional:get': () => ok(s.elements.regional()),
    'regional:set': (arg, ctx) => s.elements.saveRegional(arg.params, ctx.actor),
    'limitation:check': (arg) => ok(s.limitation.check(arg)),
    'deadlineRules:get': () => ok(s.deadlines.rulesForEditing()),
    'deadlineRules:set': (arg, ctx) => {
      if (arg.rules !== null) {
        const parsed = loadRuleSet(arg.rules);
        if (!parsed.ok)
          return err('VALIDATION', parsed.issues[0]?.message ?? '期限规则无效', {
            issues: parsed.issues.map((i) => ({ ...i, label: '期限规则' })),
          });
      }
      const r = s.mutations.run('settings.set', { key: 'deadline.rules', value: arg.rules }, ctx.actor);
      if (!r.ok) return r;
      return ok({ recomputed: s.deadlines.recomputeAll() });
    },
    'demo:seed': (arg, ctx) => s.demo.seed(arg.cases, toActor(ctx.user)),
  };
}
