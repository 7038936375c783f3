import type { CaseProcedureView, ServiceView } from '../../../shared/contracts/procedure.schema';
import { AttachmentRef } from '../../../shared/domain/attachment.schema';
import type { PerformActionInput } from '../../../shared/procedure/procedure-args';
import {
  actionsForOtherRoles,
  availableActions,
  type FoldableEvent,
} from '../../../shared/procedure/machine';
import { liveLog } from '../../../shared/procedure/live-log';
import { foldCaseRow } from '../mutations/project-case';
import type { SessionUser } from '../../../shared/domain/staff/staff.schema';
import { err, ok, type Result } from '../../../shared/result';
import { todayInChina } from '../../../shared/util/clock';
import type { Repos } from '../db/repositories';
import { outsideOfficeReason } from '../mutations/office-scope';
import type { MutationRunner } from '../mutations/run-mutation';
import { toActor } from './auth-service';
import type { LimitationService } from './limitation-service';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const evidenceFileOf = (v: unknown) => {
  const r = AttachmentRef.safeParse(v);
  return r.success ? r.data : null;
};

function services(events: readonly (FoldableEvent & { id?: string })[]): ServiceView[] {
  return events
    .filter((e) => e.type === 'service.record')
    .map((e) => ({
      eventId: e.id ?? '',
      document: String(e.payload['document']),
      addressee: String(e.payload['addressee']),
      addresseeRole: String(e.payload['addresseeRole']),
      method: String(e.payload['method']),
      sentOn: String(e.payload['sentOn']),
      servedOn: str(e.payload['servedOn']),
      publishedOn: str(e.payload['publishedOn']),
      effectiveOn: str(e.payload['effectiveOn']) ?? e.occurredOn,
      evidence: str(e.payload['evidence']),
      evidenceFile: evidenceFileOf(e.payload['evidenceFile']),
      serverId: str(e.payload['serverId']),
    }));
}

/** The case page's procedure panel: where the case stands, what may be done now, deadlines and service. */
export function createProcedureService(
  repos: Repos,
  mutations: MutationRunner,
  limitation: LimitationService,
  now: () => number = Date.now,
) {
  return {
    view(caseId: string, user: SessionUser): Result<CaseProcedureView> {
      const row = repos.cases.get(caseId);
      if (!row) return err('NOT_FOUND', '案件不存在或已删除');
      const events = repos.events.listForFold(caseId);
      const state = foldCaseRow(row, events);
      const today = todayInChina(now());
      const outside = outsideOfficeReason(repos, row.officeId, user.officeId);
      return ok({
        caseId,
        kind: state.kind,
        status: state.status,
        outcome: state.outcome,
        receivedOn: state.receivedOn,
        acceptedOn: state.acceptedOn,
        isSimple: state.isSimple,
        isCollective: state.isCollective,
        tribunal: state.tribunal && {
          mode: state.tribunal.mode,
          presidingId: state.tribunal.presidingId,
          memberIds: state.tribunal.memberIds,
        },
        hearingDate: state.hearingDate,
        suspendedSince: state.suspendedSince,
        extensionDays: state.extensionDays,
        linkedCaseId: row.linkedCaseId,
        // A voided case takes no step until it is restored, and a case of another office (a station following
        // the case it handed over) only shows them with the reason (the runner refuses both too).
        available: (row.voided === null && outside === null
          ? availableActions(state, user.roles, today)
          : []
        ).map((a) => ({
          id: a.id,
          label: a.label,
          citation: a.citation ?? null,
        })),
        forOtherRoles: [
          ...(row.voided === null && outside !== null ? availableActions(state, user.roles, today) : []).map(
            (a) => ({ id: a.id, label: a.label, citation: a.citation ?? null, reason: outside ?? '' }),
          ),
          ...(row.voided === null ? actionsForOtherRoles(state, user.roles, today) : []).map(
            ({ action, reason }) => ({
              id: action.id,
              label: action.label,
              citation: action.citation ?? null,
              reason,
            }),
          ),
        ],
        deadlines: repos.deadlines.listByCase(caseId),
        // A voided service record no longer counts anywhere; the timeline keeps it, struck through.
        services: services(liveLog(events)),
        limitation: limitation.forCase(row.limitation, row.reasons, state.receivedOn),
      });
    },
    perform: (input: PerformActionInput, user: SessionUser) =>
      mutations.run('case.performAction', input, toActor(user)),
    transfer: (mediationCaseId: string, receivedDate: string, user: SessionUser) =>
      mutations.run('case.transferToArbitration', { mediationCaseId, receivedDate }, toActor(user)),
  };
}
export type ProcedureService = ReturnType<typeof createProcedureService>;
