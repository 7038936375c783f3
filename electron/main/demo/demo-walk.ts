import type { ImportCaseInput } from '../../../shared/domain/case/case.schema';
import type { MutationStep } from '../mutations/run-mutation';
import type { Rng } from '../../../shared/util/seeded-random';
import { minDate, shiftDays } from '../../../shared/util/day-number';

/**
 * An open demo case is not imported with a status: it is registered and then taken through the real procedure
 * (acceptance, service, tribunal, hearing notice, suspension …) with dates up to today, so its deadlines and
 * 期限待办 look like a live office's. Closed cases stay historical imports.
 */
export function walkOpenCase(
  rng: Rng,
  c: ImportCaseInput,
  caseId: string,
  today: string,
  arbitratorIds: readonly string[],
): MutationStep[] {
  const { status, officialNo: _no, acceptedDate: _a, closedDate: _c, outcome: _o, ...registration } = c;
  const steps: MutationStep[] = [{ name: 'case.register', args: { ...registration, id: caseId } }];
  let on = c.receivedDate;
  const next = (days: number) => (on = minDate(shiftDays(on, days), today));
  const act = (action: string, payload: Record<string, unknown> = {}) =>
    steps.push({ name: 'case.performAction', args: { caseId, action, occurredOn: on, payload } });
  const respondent = c.parties.find((p) => p.role === 'respondent');
  const serve = (document: string) =>
    act('service.record', {
      document,
      addressee: respondent?.name ?? '被申请人',
      addresseeRole: 'respondent',
      method: 'direct',
      sentOn: on,
      servedOn: on,
    });

  if (c.kind === 'mediation') {
    if (status === 'received') return steps;
    next(rng.int(1, 3));
    act('med.accept');
    if (rng.chance(0.6)) {
      next(rng.int(1, 5));
      act('med.session', { summary: '听取双方意见，释明法律规定' });
    }
    return steps;
  }
  if (status === 'received') {
    if (rng.chance(0.2)) act('arb.requestCorrection', { items: '补充劳动合同及工资支付凭证' });
    return steps;
  }
  next(rng.int(1, 5));
  act('arb.accept', { simple: rng.chance(0.3) });
  next(rng.int(1, 4));
  serve('application_copy');
  if (status === 'accepted') return steps;
  const [a, b, d] = arbitratorIds;
  if (a === undefined || b === undefined || d === undefined) return steps;
  next(1);
  act('arb.composeTribunal', { mode: 'panel', presidingId: a, memberIds: [b, d] });
  next(rng.int(1, 3));
  serve('tribunal_notice');
  if (rng.chance(0.6)) {
    next(1);
    act('arb.hearingScheduled', {
      hearingDate: shiftDays(today, rng.int(3, 20)),
      time: rng.pick(['09:00', '09:30', '14:30']),
      place: rng.pick(['第一仲裁庭', '第二仲裁庭']),
    });
    if (rng.chance(0.5)) {
      next(1);
      serve('hearing_notice');
    }
  }
  if (status === 'suspended') {
    next(rng.int(1, 5));
    act('arb.suspended', {
      reason: '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论',
      approvedBy: '主任',
    });
  }
  return steps;
}
