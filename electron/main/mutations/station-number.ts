import { formatCaseNumber } from '../../../shared/documents/case-number';
import { stationProfile } from '../documents/office-profile';
import type { MutationCtx } from './types';

/**
 * The next mediation number of a station's (调解组织) series for the acceptance year, from the station's own
 * pattern (issue 11 item 5); null when the office is not a station.
 *
 * Numbered locally even when the desktop is enrolled with a central server, unlike the committee's 案号 (which
 * the centre gives at 受理, gapless across all desktops): only the station numbers its own series — its mediation
 * cases are accepted at the station — so there is no second writer to coordinate with, and a station accepting
 * while offline gets its final number at once instead of a provisional one. The counter is local
 * (`local_counters`, per station and year); a number already on a case this desktop holds (an imported case, or
 * one pulled from another desktop) is skipped, so a number is never handed out twice by this desktop. A committee
 * desktop recording 受理 for a station's case would count from its own copy of the counter (with the same skip):
 * the series stays the station's only as long as the station accepts its own cases.
 */
export function nextStationNo(ctx: MutationCtx, officeId: string, acceptedOn: string): string | null {
  const profile = stationProfile(ctx.repos, officeId);
  if (profile === null) return null;
  const year = Number(acceptedOn.slice(0, 4));
  for (;;) {
    const seq = ctx.repos.meta.nextCounter(`station_case_no:${officeId}:${year}`);
    // {类型} (when a station's pattern uses it) is 调: only mediation cases are numbered in a station's series.
    const no = formatCaseNumber(profile.numberPattern, {
      shortName: profile.shortName,
      year,
      seq,
      type: '调',
    });
    if (!ctx.repos.caseQuery.officialNoTaken(no)) return no;
  }
}
