import type { CaseKind } from '../../../shared/domain/reference-data';
import type { Office } from '../../../shared/domain/office/office.schema';
import {
  resolveDocumentProfile,
  stationProfileOf,
  type DocumentIssuer,
} from '../../../shared/documents/office-profile';
import { officeProfileKey, type OfficeProfileView } from '../../../shared/documents/office-profile.schema';
import type { Repos } from '../db/repositories';

type ProfileRepos = Pick<Repos, 'offices' | 'settings'>;

/** The committee an office answers to: itself, or a station's parent (any committee when the tree is partial). */
function committeeOf(repos: ProfileRepos, office: Office | null): Office | null {
  if (office?.kind === 'committee') return office;
  const parent = office?.parentId ? repos.offices.get(office.parentId) : null;
  return parent ?? repos.offices.list().find((o) => o.kind === 'committee') ?? null;
}

/** The profile documents of a case carry, from the office rows and the stored profiles on this desktop. */
export function documentProfileFor(
  repos: ProfileRepos,
  c: { kind: CaseKind; officeId: string },
): DocumentIssuer {
  const office = repos.offices.get(c.officeId);
  return resolveDocumentProfile({
    caseKind: c.kind,
    office,
    committee: committeeOf(repos, office),
    committeeStored: repos.settings.get('committee.profile'),
    officeStored: repos.settings.get(officeProfileKey(c.officeId)),
  });
}

/** A station's profile as stored over its defaults; null for an unknown office or one that is not a station. */
export function stationProfile(repos: ProfileRepos, officeId: string): OfficeProfileView | null {
  const office = repos.offices.get(officeId);
  if (office === null || office.kind !== 'station') return null;
  return stationProfileOf(office, repos.settings.get(officeProfileKey(officeId)));
}
