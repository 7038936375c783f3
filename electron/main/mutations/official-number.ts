import { formatCaseNumber } from '../../../shared/documents/case-number';
import { committeeProfile } from '../documents/committee-profile';
import type { MutationCtx } from './types';

/** The next official number of the acceptance year, from the committee's pattern; never reused. */
export function nextOfficialNo(ctx: MutationCtx, acceptedOn: string): string {
  const year = Number(acceptedOn.slice(0, 4));
  const profile = committeeProfile(ctx.repos);
  // Numbers already present (imported cases) are skipped, so the counter never hands out a taken number.
  for (;;) {
    const seq = ctx.repos.meta.nextCounter(`official_case_no:${year}`);
    // {类型} (when a committee's pattern uses it) is 案 for arbitration cases, the only ones numbered here.
    const no = formatCaseNumber(profile.caseNumberPattern, {
      shortName: profile.shortName,
      year,
      seq,
      type: '案',
    });
    if (!ctx.repos.caseQuery.officialNoTaken(no)) return no;
  }
}
