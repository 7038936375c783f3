import type { CommitteeSettings } from '../../../shared/documents/context';
import { committeeSettingsOf } from '../../../shared/documents/office-profile';
import type { Repos } from '../db/repositories';

/** Stored values over defaults taken from the committee office; blanks stay blank and are reported as missing. */
export function committeeProfile(repos: Pick<Repos, 'offices' | 'settings'>): CommitteeSettings {
  const office = repos.offices.list().find((o) => o.kind === 'committee') ?? repos.offices.list()[0];
  return committeeSettingsOf(office ?? null, repos.settings.get('committee.profile'));
}
