import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from './case-number';
import {
  committeeSettingsOf,
  resolveDocumentProfile,
  stationProfileOf,
  type ProfileOffice,
  type ResolveInput,
} from './office-profile';
import {
  DEFAULT_MEDIATION_NUMBER_PATTERN,
  OfficeProfileView,
  officeOfProfileKey,
  officeProfileKey,
} from './office-profile.schema';

const COMMITTEE: ProfileOffice = {
  id: 'c1',
  kind: 'committee',
  name: '示例市劳动人事争议仲裁委员会',
  shortName: '示劳',
  parentId: null,
};
const STATION: ProfileOffice = {
  id: 's1',
  kind: 'station',
  name: '某街道劳动争议调解中心',
  shortName: '某街',
  parentId: 'c1',
};
const COMMITTEE_STORED = {
  name: '示例市劳动人事争议仲裁委员会',
  shortName: '示劳',
  address: '示例市人民路 1 号',
  phone: '0591-1',
  sealText: '示例市劳动人事争议仲裁委员会（印）',
  caseNumberPattern: '{简称}劳人仲案字〔{年}〕第{号}号',
  uppercaseAmounts: false,
};
const STATION_STORED: OfficeProfileView = {
  name: '某街道人民调解委员会',
  shortName: '某街调',
  address: '某街道 8 号',
  phone: '0591-2',
  sealText: '某街道人民调解委员会',
  numberPattern: '{简称}{类型}〔{年}〕{号}号',
};

const base: ResolveInput = {
  caseKind: 'mediation',
  office: STATION,
  committee: COMMITTEE,
  committeeStored: COMMITTEE_STORED,
  officeStored: STATION_STORED,
};

describe('resolveDocumentProfile', () => {
  const rows: {
    what: string;
    input: Partial<ResolveInput>;
    issuer: 'committee' | 'station';
    name: string;
    seal: string;
    pattern: string;
    uppercase: boolean;
  }[] = [
    {
      what: "a station's mediation case → the station's stored profile, the committee's amount style",
      input: {},
      issuer: 'station',
      name: '某街道人民调解委员会',
      seal: '某街道人民调解委员会',
      pattern: '{简称}{类型}〔{年}〕{号}号',
      uppercase: false,
    },
    {
      what: "a station's mediation case with nothing stored → defaults from the station's row",
      input: { officeStored: undefined },
      issuer: 'station',
      name: '某街道劳动争议调解中心',
      seal: '某街道劳动争议调解中心',
      pattern: DEFAULT_MEDIATION_NUMBER_PATTERN,
      uppercase: false,
    },
    {
      what: 'an unreadable stored station profile is ignored whole',
      input: { officeStored: { ...STATION_STORED, numberPattern: '{年}' } },
      issuer: 'station',
      name: '某街道劳动争议调解中心',
      seal: '某街道劳动争议调解中心',
      pattern: DEFAULT_MEDIATION_NUMBER_PATTERN,
      uppercase: false,
    },
    {
      what: "an arbitration case at the committee → the committee's profile",
      input: { caseKind: 'arbitration', office: COMMITTEE },
      issuer: 'committee',
      name: '示例市劳动人事争议仲裁委员会',
      seal: '示例市劳动人事争议仲裁委员会（印）',
      pattern: '{简称}劳人仲案字〔{年}〕第{号}号',
      uppercase: false,
    },
    {
      what: "an arbitration case still in a station's office → the committee's (a station never issues arbitration)",
      input: { caseKind: 'arbitration' },
      issuer: 'committee',
      name: '示例市劳动人事争议仲裁委员会',
      seal: '示例市劳动人事争议仲裁委员会（印）',
      pattern: '{简称}劳人仲案字〔{年}〕第{号}号',
      uppercase: false,
    },
    {
      what: "a mediation case at the committee itself → the committee's",
      input: { office: COMMITTEE, officeStored: undefined },
      issuer: 'committee',
      name: '示例市劳动人事争议仲裁委员会',
      seal: '示例市劳动人事争议仲裁委员会（印）',
      pattern: '{简称}劳人仲案字〔{年}〕第{号}号',
      uppercase: false,
    },
    {
      what: "an unknown office → the committee's",
      input: { office: null },
      issuer: 'committee',
      name: '示例市劳动人事争议仲裁委员会',
      seal: '示例市劳动人事争议仲裁委员会（印）',
      pattern: '{简称}劳人仲案字〔{年}〕第{号}号',
      uppercase: false,
    },
    {
      what: 'nothing stored for the committee → defaults from its row (amounts in capitals)',
      input: { caseKind: 'arbitration', office: COMMITTEE, committeeStored: undefined },
      issuer: 'committee',
      name: '示例市劳动人事争议仲裁委员会',
      seal: '示例市劳动人事争议仲裁委员会',
      pattern: '{简称}劳人仲案字〔{年}〕第{号}号',
      uppercase: true,
    },
  ];
  it.each(rows)('$what', ({ input, issuer, name, seal, pattern, uppercase }) => {
    const r = resolveDocumentProfile({ ...base, ...input });
    expect(r.issuer).toBe(issuer);
    expect(r.profile).toMatchObject({ name, sealText: seal, caseNumberPattern: pattern });
    expect(r.profile.uppercaseAmounts).toBe(uppercase);
  });

  it("carries the station's address and phone, and its number follows the station's series", () => {
    const { profile } = resolveDocumentProfile(base);
    expect(profile).toMatchObject({ address: '某街道 8 号', phone: '0591-2', shortName: '某街调' });
    const no = formatCaseNumber(profile.caseNumberPattern, {
      shortName: profile.shortName,
      year: 2026,
      seq: 3,
      type: '调',
    });
    expect(no).toBe('某街调调〔2026〕3号');
  });
});

describe('defaults', () => {
  it('a station without a stored profile: its name is the seal, the default series', () => {
    expect(stationProfileOf(STATION, undefined)).toEqual({
      name: '某街道劳动争议调解中心',
      shortName: '某街',
      address: '',
      phone: '',
      sealText: '某街道劳动争议调解中心',
      numberPattern: '{简称}调字〔{年}〕第{号}号',
    });
  });

  it('no committee row at all gives blanks, which the templates report as missing', () => {
    expect(committeeSettingsOf(null, undefined)).toMatchObject({ name: '', shortName: '', sealText: '' });
  });
});

describe('OfficeProfileView', () => {
  it.each([
    [{ numberPattern: '{简称}调字{号}' }, 'numberPattern', '调解案号格式必须包含{年}'],
    [{ numberPattern: '{地区}〔{年}〕{号}' }, 'numberPattern', '调解案号格式含有无法识别的占位符：{地区}'],
    [{ name: '  ' }, 'name', '请填写调解组织名称'],
    [{ shortName: '' }, 'shortName', '请填写简称'],
  ])('refuses %o naming the field', (over, path, message) => {
    const r = OfficeProfileView.safeParse({ ...STATION_STORED, ...over });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([path]);
    expect(r.error?.issues[0]?.message).toContain(message);
  });
});

describe('profile keys', () => {
  it.each([
    ['office.profile.3f1c2b9e-0000-4000-8000-000000000001', '3f1c2b9e-0000-4000-8000-000000000001'],
    ['office.profile.s1', 's1'],
    ['office.profile.', null],
    ['office.profile.a.b', null],
    ['committee.profile', null],
  ])('%s → %s', (key, office) => {
    expect(officeOfProfileKey(key)).toBe(office);
  });

  it('round-trips an office id', () => {
    expect(officeOfProfileKey(officeProfileKey('s1'))).toBe('s1');
  });
});
