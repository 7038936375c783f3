// Whose letterhead a document carries (issue 11 item 5): a station (调解组织) produces its own mediation documents
// under its own name, seal and number series; everything else — arbitration, and mediation at the committee
// itself — is the committee's.

import type { CaseKind } from '../domain/reference-data';
import type { Office } from '../domain/office/office.schema';
import { DEFAULT_CASE_NUMBER_PATTERN } from './case-number';
import { CommitteeProfileView } from './committee-profile.schema';
import type { CommitteeSettings } from './context';
import { DEFAULT_MEDIATION_NUMBER_PATTERN, OfficeProfileView } from './office-profile.schema';

export type ProfileOffice = Pick<Office, 'id' | 'kind' | 'name' | 'shortName' | 'parentId'>;

/** The committee's stored profile over defaults from its office row; an unreadable stored value is ignored whole. */
export function committeeSettingsOf(committee: ProfileOffice | null, stored: unknown): CommitteeSettings {
  const defaults: CommitteeSettings = {
    name: committee?.name ?? '',
    shortName: committee?.shortName ?? '',
    address: '',
    phone: '',
    sealText: committee?.name ?? '',
    caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN,
    uppercaseAmounts: true,
  };
  const parsed = CommitteeProfileView.safeParse(stored);
  return parsed.success ? { ...defaults, ...parsed.data } : defaults;
}

/** A station's stored profile over defaults from its office row (name, 简称, seal = name, the default series). */
export function stationProfileOf(station: ProfileOffice, stored: unknown): OfficeProfileView {
  const defaults: OfficeProfileView = {
    name: station.name,
    shortName: station.shortName,
    address: '',
    phone: '',
    sealText: station.name,
    numberPattern: DEFAULT_MEDIATION_NUMBER_PATTERN,
  };
  const parsed = OfficeProfileView.safeParse(stored);
  return parsed.success ? parsed.data : defaults;
}

/** Whether a case is numbered and headed by its station rather than by the committee. */
export const issuedByStation = (caseKind: CaseKind, office: ProfileOffice | null): boolean =>
  caseKind === 'mediation' && office?.kind === 'station';

export type ResolveInput = {
  caseKind: CaseKind;
  /** The office the case belongs to (cases.office_id). */
  office: ProfileOffice | null;
  /** The committee: the office itself when it is one, else the station's parent. */
  committee: ProfileOffice | null;
  /** The stored `committee.profile` value. */
  committeeStored: unknown;
  /** The stored `office.profile.<office.id>` value (undefined when none). */
  officeStored: unknown;
};

export type DocumentIssuer = {
  issuer: 'committee' | 'station';
  /** What the templates read as `ctx.committee`: name, seal, address and the 案号 pattern of the issuer. */
  profile: CommitteeSettings;
};

/**
 * The profile a document of this case must carry. A station's mediation case → the station's name, address,
 * phone, seal text and mediation number pattern, with the committee's amount style (a document setting the
 * committee keeps for all); any other case → the committee's profile, unchanged.
 */
export function resolveDocumentProfile(input: ResolveInput): DocumentIssuer {
  const committee = committeeSettingsOf(input.committee, input.committeeStored);
  if (input.office === null || !issuedByStation(input.caseKind, input.office))
    return { issuer: 'committee', profile: committee };
  const station = stationProfileOf(input.office, input.officeStored);
  return {
    issuer: 'station',
    profile: {
      name: station.name,
      shortName: station.shortName,
      address: station.address,
      phone: station.phone,
      sealText: station.sealText,
      caseNumberPattern: station.numberPattern,
      uppercaseAmounts: committee.uppercaseAmounts,
    },
  };
}
