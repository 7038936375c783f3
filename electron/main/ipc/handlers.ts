import { err, ok } from '../../../shared/result';
import { loadRuleSet } from '../../../shared/deadlines';
import { mayPerform } from '../../../shared/mutations/may-perform';
import { committeeProfile } from '../documents/committee-profile';
import { stationProfile } from '../documents/office-profile';
import { officeProfileKey } from '../../../shared/documents/office-profile.schema';
import type { AppServices } from '../services';
import { toActor } from '../services/auth-service';
import type { Handlers } from './types';

/** Thin adapters from the contract to the services; all logic lives in services and mutations. */
export function createHandlers(s: AppServices): Handlers {
  return {
    'setup:status': () => ok(s.setup.status()),
    'setup:initialize': (arg, ctx) => {
      const r = s.setup.initialize(arg);
      if (r.ok) ctx.signIn(r.value.id);
      return r;
    },
    'setup:enrol': async (arg, ctx) => {
      if (s.syncEnrolFresh === null) return err('SYNC_UNAVAILABLE', '本机未启用中心服务器同步');
      const bound = await s.syncEnrolFresh(arg);
      if (!bound.ok) return bound;
      // The account and its password hash came down with the first sync: signing in checks that local copy.
      const r = s.auth.signIn(arg.username, arg.password);
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
    'auth:lock': (_arg, ctx) => {
      ctx.lock();
      return ok({ locked: true as const });
    },
    'auth:unlock': (arg, ctx) => {
      const r = s.auth.unlock(ctx.user.id, arg.password);
      if (r.ok) ctx.unlock();
      return r;
    },
    'auth:lockState': (_arg, ctx) =>
      ok({ locked: ctx.locked, idleMinutes: s.idleLock.settings().idleMinutes }),
    'idleLock:set': (arg, ctx) => s.idleLock.set(arg, ctx.actor),
    'offices:list': () => ok(s.repos.offices.list()),
    'offices:create': (arg, ctx) => s.offices.createStation(arg, ctx.actor),
    'staff:list': () => ok(s.staff.list()),
    'staff:create': (arg, ctx) => s.staff.create(arg, ctx.actor),
    'cases:register': (arg, ctx) => s.cases.register(arg, ctx.actor),
    'cases:list': (arg, ctx) => ok(s.cases.list(arg, ctx.user)),
    'cases:get': (arg) => s.cases.get(arg.id),
    'cases:timeline': (arg) => s.cases.timeline(arg.id),
    'cases:procedure': (arg, ctx) => s.procedure.view(arg.id, ctx.user),
    'cases:performAction': (arg, ctx) => s.procedure.perform(arg, ctx.user),
    'cases:transferToArbitration': (arg, ctx) =>
      s.procedure.transfer(arg.mediationCaseId, arg.receivedDate, ctx.user),
    'cases:corrections': (arg, ctx) => s.corrections.view(arg.id, ctx.actor),
    'cases:correct': (arg, ctx) => s.corrections.correct(arg, ctx.actor),
    'cases:void': (arg, ctx) => s.corrections.void(arg, ctx.actor),
    'cases:restore': (arg, ctx) => s.corrections.restore(arg.caseId, arg.reason, ctx.actor),
    'cases:voidEvent': (arg, ctx) => s.corrections.voidEvent(arg.caseId, arg.eventId, arg.reason, ctx.actor),
    'cases:review': (arg, ctx) => s.review.ofCase(arg.id, ctx.actor),
    'cases:reviewOverride': (arg, ctx) => s.review.override(arg, ctx.actor),
    'risk:check': (arg) => ok(s.risk.check(arg)),
    'risk:dashboard': () => ok(s.risk.dashboard()),
    'risk:setSettings': (arg, ctx) => s.risk.setSettings(arg, ctx.actor),
    'correctionRules:get': () => ok(s.corrections.rules()),
    'correctionRules:set': (arg, ctx) => s.corrections.setRules(arg.rules, ctx.actor),
    'deadlines:list': (arg, ctx) => {
      const whose = s.deadlines.scopeFor(ctx.user, arg.scope, () => s.assignment.casesInMyList(ctx.user.id));
      const handler = arg.handler === undefined ? null : arg.handler === 'unassigned' ? '' : arg.handler;
      return ok(s.assignment.withEscalation(s.deadlines.list(arg.window, whose, handler)));
    },
    'calendar:status': (arg, ctx) => {
      // The 日历 page, for someone who may import there (the import recomputes every open case): its threads
      // start now, so the import finds them running. The banner's call, and a reader's, start nothing.
      if (arg.forImport === true && mayPerform('settings.set', ctx.user.roles)) void s.deadlines.warm();
      return ok(s.calendar.status());
    },
    'calendar:importYear': async (arg, ctx) => {
      const r = s.calendar.importYear(arg, ctx.actor);
      if (!r.ok) return r;
      return ok({ year: r.value.year, recomputed: await s.deadlines.recomputeAll() });
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
    'attachments:get': (arg) => s.attachments.open(arg.sha256),
    'documents:templates': () => ok(s.documents.templates()),
    'documents:check': (arg, ctx) => s.documents.check(arg.caseId, arg.templateId, arg.options, ctx.user),
    'documents:generate': async (arg, ctx) => {
      const r = await s.documents.generate(arg.caseId, arg.templateId, arg.options, ctx.user, arg.confirmed);
      if (!r.ok) return r;
      const none = { document: null, created: false, missing: [], warnings: [], unconfirmed: false };
      if ('missing' in r.value) return ok({ ...none, missing: r.value.missing });
      if ('unconfirmed' in r.value) return ok({ ...none, warnings: r.value.unconfirmed, unconfirmed: true });
      return ok({ ...r.value, missing: [], unconfirmed: false });
    },
    'documents:list': (arg, ctx) => ok(s.documents.list(arg.caseId, ctx.user)),
    'documents:download': (arg) => s.documents.open(arg.id),
    'documents:printHtml': (arg, ctx) => s.documents.printHtml(arg.items, ctx.user),
    'documents:hearings': (arg) => ok(s.repos.caseQuery.hearingsBetween(arg.from, arg.to)),
    'documents:batchStart': (arg, ctx) => ok(s.batch.start(arg.items, ctx.user)),
    'documents:batchStatus': (arg, ctx) => {
      const j = s.batch.status(arg.jobId, ctx.user.id);
      return j ? ok(j) : err('NOT_FOUND', '批量任务不存在');
    },
    'documents:batchCancel': (arg, ctx) => {
      const j = s.batch.cancel(arg.jobId, ctx.user.id);
      return j ? ok(j) : err('NOT_FOUND', '批量任务不存在');
    },
    'documents:print': async (arg, ctx) => {
      // Without the desktop shell (browser host) the renderer prints with the browser's own dialog.
      if (!s.shell) return ok({ printed: false, supported: false });
      const r = s.documents.printable(arg.items, arg.confirmed, ctx.user);
      if (!r.ok) return r;
      return ok({ printed: await s.shell.printHtml(r.value.html), supported: true });
    },
    'documents:courtBundle': async (arg, ctx) => {
      const r = await s.courtBundle.build(arg.caseId, ctx.user);
      if (!r.ok) return r;
      const { fileName, bytes, manifest } = r.value;
      return ok({ fileName, dataBase64: bytes.toString('base64'), files: manifest.files.length });
    },
    'documents:exportPdf': async (arg, ctx) => {
      if (!s.shell) return ok({ savedTo: null, supported: false });
      const r = s.documents.printable(arg.items, arg.confirmed, ctx.user);
      if (!r.ok) return r;
      return ok({ savedTo: await s.shell.saveHtmlAsPdf(r.value.html, arg.fileName), supported: true });
    },
    'assignment:proposal': (arg) => s.assignment.proposal(arg.caseId),
    'assignment:assign': (arg, ctx) => s.assignment.assign(arg, ctx.actor),
    'assignment:assignClerk': (arg, ctx) => s.assignment.assignClerk(arg, ctx.actor),
    'assignment:confirmHandover': (arg, ctx) => s.assignment.confirmHandover(arg.assignmentId, ctx.actor),
    'staff:leaves': () => ok(s.assignment.leaves()),
    'staff:leaveConflicts': (arg) => ok(s.assignment.leaveConflicts(arg)),
    'staff:recordLeave': (arg, ctx) => s.assignment.recordLeave(arg, ctx.actor),
    'staff:declareRelationship': (arg, ctx) => s.assignment.declareRelationship(arg, ctx.actor),
    'workload:report': (arg) => ok(s.assignment.workload(arg)),
    'workload:xlsx': async (arg) => ok(await s.assignment.workloadXlsx(arg)),
    'stats:official': (arg, ctx) => s.stats.view(arg, ctx.user),
    'stats:xlsx': (arg, ctx) => s.stats.xlsx(arg, ctx.user),
    'statsDefinitions:get': () => ok(s.stats.definitions()),
    'statsDefinitions:set': (arg, ctx) => s.stats.setDefinitions(arg.definitions, ctx.actor),
    'committee:get': () => ok(committeeProfile(s.repos)),
    'committee:set': (arg, ctx) => {
      const r = s.mutations.run('settings.set', { key: 'committee.profile', value: arg }, ctx.actor);
      return r.ok ? ok({ saved: true }) : r;
    },
    'officeProfile:get': (arg) => {
      const p = stationProfile(s.repos, arg.officeId);
      return p === null
        ? err('NOT_FOUND', '调解组织不存在；仲裁委员会的文书设置请在“文书设置”中查看')
        : ok(p);
    },
    'officeProfile:set': (arg, ctx) => {
      const { officeId, ...profile } = arg;
      const r = s.mutations.run(
        'settings.set',
        { key: officeProfileKey(officeId), value: profile },
        ctx.actor,
      );
      return r.ok ? ok({ saved: true }) : r;
    },
    'elements:case': (arg) => s.elements.caseView(arg.id),
    'elements:save': (arg, ctx) => s.elements.save(arg, ctx.actor),
    'elements:templates': () => ok(s.elements.templates()),
    'elements:saveTemplate': (arg, ctx) => s.elements.saveTemplate(arg.template, ctx.actor),
    'regional:get': () => ok(s.elements.regional()),
    'regional:set': (arg, ctx) => s.elements.saveRegional(arg.params, ctx.actor),
    'regional:setMinWageDateRule': (arg, ctx) => s.elements.saveMinWageDateRule(arg.rule, ctx.actor),
    'limitation:check': (arg) => ok(s.limitation.check(arg)),
    'deadlineRules:get': () => {
      // The 期限规则 page: saving there recomputes every open case; its threads start now.
      void s.deadlines.warm();
      return ok(s.deadlines.rulesForEditing());
    },
    'deadlineRules:set': async (arg, ctx) => {
      if (arg.rules !== null) {
        const parsed = loadRuleSet(arg.rules);
        if (!parsed.ok)
          return err('VALIDATION', parsed.issues[0]?.message ?? '期限规则无效', {
            issues: parsed.issues.map((i) => ({ ...i, label: '期限规则' })),
          });
      }
      const r = s.mutations.run('settings.set', { key: 'deadline.rules', value: arg.rules }, ctx.actor);
      if (!r.ok) return r;
      return ok({ recomputed: await s.deadlines.recomputeAll() });
    },
    'claimSynonyms:get': () => ok(s.claimSynonyms.get()),
    'claimSynonyms:set': (arg, ctx) => s.claimSynonyms.save(arg.synonyms, ctx.actor),
    'demo:seed': (arg, ctx) => s.demo.seed(arg.cases, toActor(ctx.user)),
    'sync:status': () => ok(s.sync.status()),
    'sync:now': async () => ok(await s.sync.syncNow()),
    'sync:enrol': (arg, ctx) => s.sync.enrol(arg, ctx.actor),
    'sync:leave': (arg, ctx) => s.sync.leave(arg, ctx.actor),
    'sync:rejected': () => ok(s.sync.rejected()),
    'sync:adoptable': (_arg, ctx) => s.adoption.list(ctx.actor),
    'sync:adopt': (arg, ctx) => s.adoption.adopt(arg, ctx.actor),
    'audit:verify': (_arg, ctx) => s.audit.verify(ctx.actor),
    'conflicts:list': (arg) => ok(s.conflicts.list(arg)),
    'conflicts:resolve': (arg, ctx) => s.conflicts.resolve(arg, ctx.actor),
    'backup:list': (_arg, ctx) => s.backup.list(ctx.actor),
    'backup:create': (_arg, ctx) => s.backup.create(ctx.actor),
    'backup:verify': (arg, ctx) => s.backup.verify(ctx.actor, arg.name),
    'backup:restore': (arg, ctx) => s.backup.restore(ctx.actor, arg.name),
    'backup:setKeep': (arg, ctx) => s.backup.setKeep(ctx.actor, arg.keep),
    'health:status': () => ok(s.backup.status()),
    'recovery:restore': (arg) => s.backup.restore(null, arg.name),
  };
}
