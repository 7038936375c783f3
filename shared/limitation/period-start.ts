// Where the one-year period starts (reference §2.5):
// - ordinary claims: the day the party knew or should have known of the infringement (第二十七条第一款);
// - 劳动报酬 claims (第二十七条第四款): not running while the employment relationship exists; once it has ended,
//   from the day it ended.

import { disputeReasonLabel } from '../domain/reference-data';
import type { DisputeReason } from '../domain/reference-data';
import { LAW_27_1, LAW_27_4, OVERTIME_CASE } from './basis';
import { dayOf } from '../util/day-number';
import type { LimitationInput } from './limitation.schema';
import { isRemunerationClaim } from './remuneration-claims';
import type { Report } from './report';

export interface PeriodStart {
  /** Day number of the start day (itself excluded from the period, 《民法典》第二百零一条). */
  readonly day: number;
  /** How the start is named in the explanation, e.g. '知道权利被侵害之日'. */
  readonly name: string;
  /** Why an earlier interruption is ignored, e.g. '早于知道或者应当知道权利被侵害之日 2025-03-10'. */
  readonly beforeStart: string;
}

/** The start of the period, or null when a 劳动报酬 claim is not (yet) subject to the period. */
export function periodStart(
  input: LimitationInput,
  remunerationTypes: readonly DisputeReason[],
  report: Report,
): PeriodStart | null {
  const label = disputeReasonLabel(input.claimType);
  const fromKnowledge: PeriodStart = {
    day: dayOf(input.knewOn),
    name: '知道权利被侵害之日',
    beforeStart: `早于知道或者应当知道权利被侵害之日 ${input.knewOn}`,
  };

  if (!isRemunerationClaim(input.claimType, remunerationTypes)) {
    report.explain.push(`“${label}”适用一般仲裁时效：自知道或者应当知道权利被侵害之日起一年`);
    report.cite(LAW_27_1);
    return fromKnowledge;
  }

  report.cite(LAW_27_4);
  if (input.claimType === 'overtime') report.cite(OVERTIME_CASE);
  const ended = input.employmentEndedOn;
  const special = `“${label}”属于劳动报酬争议：劳动关系存续期间不受一年仲裁时效限制，劳动关系终止的，应自终止之日起一年内申请`;

  if (ended === undefined) {
    if (input.stillEmployed === true) {
      report.explain.push(special);
      report.explain.push('劳动关系仍存续，仲裁时效不起算');
      return null;
    }
    report.cite(LAW_27_1);
    report.explain.push(special);
    report.warnings.push(
      '未填写劳动关系终止日期：劳动关系仍存续的，不受一年仲裁时效限制；已终止的，应自终止之日起算一年。' +
        '本次暂按知道或者应当知道权利被侵害之日起算，请补充劳动关系终止日期或勾选“劳动关系存续”。',
    );
    return fromKnowledge;
  }

  if (input.stillEmployed === true) {
    report.warnings.push(`同时填写了“劳动关系存续”和劳动关系终止日期 ${ended}，本次按终止日期计算，请核实`);
  }
  report.explain.push(special);
  if (dayOf(ended) > dayOf(input.applicationOn)) {
    report.explain.push(`申请日 ${input.applicationOn} 劳动关系尚未终止（终止于 ${ended}），仲裁时效不起算`);
    return null;
  }
  if (input.knewOn > ended) {
    report.warnings.push(
      `知道或者应当知道权利被侵害之日 ${input.knewOn} 晚于劳动关系终止之日 ${ended}；` +
        '本系统按第二十七条第四款自劳动关系终止之日起算，如本地另有规定请核实',
    );
  }
  return {
    day: dayOf(ended),
    name: '劳动关系终止之日',
    beforeStart: `早于劳动关系终止之日 ${ended}（劳动报酬争议的时效自终止之日起算）`,
  };
}
