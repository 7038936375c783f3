import {
  CORRECTION_KINDS,
  type CorrectionKind,
  type CorrectionRules,
} from '../../../shared/domain/case/correction-rules';
import type { CorrectionsView } from '../../../shared/contracts/corrections.schema';
import type { VoidGrounds } from '../../../shared/domain/case/correction-args';
import { liveReceipt } from '../../../shared/procedure/live-log';
import { err, ok, type Result } from '../../../shared/result';
import type { Repos } from '../db/repositories';
import { correctionRightOn, correctionRulesOf } from '../mutations/correction-rights';
import type { MutationRunner } from '../mutations/run-mutation';
import type { Actor } from '../mutations/types';
import type { CorrectCaseInput } from '../../../shared/domain/case/correction-args';

/** 更正与作废: the mutations, and which of them this person may make on a case (the same rule they check). */
export function createCorrectionService(repos: Repos, mutations: MutationRunner) {
  return {
    view(caseId: string, actor: Actor): Result<CorrectionsView> {
      const row = repos.cases.get(caseId);
      if (!row) return err('NOT_FOUND', '案件不存在或已删除');
      const voided = row.voided !== null;
      const right = (kind: CorrectionKind) => {
        // Only 恢复 applies to a voided case, and 恢复 only to one: the same refusals the runner makes.
        if (voided !== (kind === 'restoreCase'))
          return { allowed: false, reason: voided ? '案件已作废，请先恢复' : '案件未作废' };
        const r = correctionRightOn(repos, kind, actor.id, row);
        return { allowed: r.allowed, reason: r.allowed ? null : r.reason };
      };
      const rights = Object.fromEntries(
        CORRECTION_KINDS.map((k) => [k.code, right(k.code)]),
      ) as CorrectionsView['rights'];
      const receipt = liveReceipt(repos.events.listForFold(caseId));
      return ok({ receiptDate: receipt?.occurredOn ?? row.receivedDate, voided, rights });
    },
    rules(): { rules: CorrectionRules; custom: boolean } {
      const stored = repos.settings.get('correction.rules');
      return { rules: correctionRulesOf(repos), custom: stored !== undefined && stored !== null };
    },
    /** Validated here and stored with settings.set (主任 and 系统管理员 only); null restores the defaults. */
    setRules(rules: CorrectionRules | null, actor: Actor): Result<{ saved: boolean }> {
      const r = mutations.run('settings.set', { key: 'correction.rules', value: rules }, actor);
      return r.ok ? ok({ saved: true }) : r;
    },
    correct: (input: CorrectCaseInput, actor: Actor) => mutations.run('case.correct', input, actor),
    void: (args: { caseId: string; grounds: VoidGrounds; reason: string }, actor: Actor) =>
      mutations.run('case.void', args, actor),
    restore: (caseId: string, reason: string, actor: Actor) =>
      mutations.run('case.restore', { caseId, reason }, actor),
    voidEvent: (caseId: string, eventId: string, reason: string, actor: Actor) =>
      mutations.run('case.voidEvent', { caseId, eventId, reason }, actor),
  };
}
export type CorrectionService = ReturnType<typeof createCorrectionService>;
