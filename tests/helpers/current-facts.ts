import type { CaseFactsInput } from '../../shared/domain/case/case.schema';
import type { Actor } from '../../electron/main/mutations/types';
import type { TestCore } from './core';

/** A case's facts as the correction form sends them back unchanged (ids kept), read through the services. */
export function currentFacts(core: TestCore, caseId: string, by: Actor): CaseFactsInput {
  const d = core.services.cases.get(caseId);
  if (!d.ok) throw new Error(d.error.message);
  const c = d.value;
  const receipt = core.services.corrections.view(caseId, by);
  if (!receipt.ok) throw new Error(receipt.error.message);
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    officeId: c.officeId,
    receivedDate: receipt.value.receiptDate,
    reasons: c.reasons as CaseFactsInput['reasons'],
    isCollective: c.isCollective,
    workerCount: opt(c.workerCount),
    isMigrantWage: c.isMigrantWage,
    summary: opt(c.summary),
    parties: c.parties.map((p) =>
      p.kind === 'employer'
        ? {
            id: p.id,
            kind: 'employer',
            role: p.role as 'respondent',
            name: p.name,
            creditCode: opt(p.creditCode),
          }
        : { id: p.id, kind: 'worker', role: p.role as 'applicant', name: p.name, idNumber: opt(p.idNumber) },
    ),
    claims: c.claims.map((cl) => ({
      id: cl.id,
      type: cl.type as 'overtime',
      description: opt(cl.description),
      amountFen: opt(cl.amountFen),
    })),
  };
}
