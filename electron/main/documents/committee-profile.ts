import type { CommitteeSettings } from '../../../shared/documents/context';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../../../shared/documents';
import { CommitteeProfileView } from '../../../shared/documents/committee-profile.schema';
import type { Repos } from '../db/repositories';

/** Stored values over defaults taken from the committee office; blanks stay blank and are reported as missing. */
export function committeeProfile(repos: Pick<Repos, 'offices' | 'settings'>): CommitteeSettings {
  const office = repos.offices.list().find((o) => o.kind === 'committee') ?? repos.offices.list()[0];
  const defaults: CommitteeSettings = {
    name: office?.name ?? '',
    shortName: office?.shortName ?? '',
    address: '',
    phone: '',
    sealText: office?.name ?? '',
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    uppercaseAmounts: true,
  };
  const stored = CommitteeProfileView.safeParse(repos.settings.get('committee.profile'));
  return stored.success ? { ...defaults, ...stored.data } : defaults;
}
