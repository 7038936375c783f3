import { describe, expect, it } from 'vitest';
import {
  missingTarget,
  optionsFor,
  optionsText,
  pdfFileName,
  templateGroups,
  versionLabel,
  whereLabel,
  type TemplateInfo,
} from './document-display';

const addressee = {
  key: 'addressee',
  label: '受通知人',
  required: true,
  input: 'select' as const,
  choices: [
    { value: 'applicant', label: '申请人' },
    { value: 'respondent', label: '被申请人' },
  ],
};
const T: TemplateInfo[] = [
  { id: 'med_agreement', title: '调解协议书', group: 'mediation', kinds: ['mediation'], options: [] },
  {
    id: 'hearing_notice',
    title: '开庭通知书',
    group: 'arbitration',
    kinds: ['arbitration'],
    options: [addressee],
  },
  { id: 'award', title: '裁决书', group: 'arbitration', kinds: ['arbitration'], options: [] },
  {
    id: 'file_cover',
    title: '案卷封面',
    group: 'common',
    kinds: ['mediation', 'arbitration'],
    options: [],
  },
];
const notice = T[1];

describe('template picker', () => {
  it('shows only the templates for the case kind, grouped in procedure order', () => {
    expect(templateGroups(T, 'arbitration')).toEqual([
      {
        label: '仲裁文书',
        options: [
          { value: 'hearing_notice', label: '开庭通知书' },
          { value: 'award', label: '裁决书' },
        ],
      },
      { label: '通用文书', options: [{ value: 'file_cover', label: '案卷封面' }] },
    ]);
    expect(templateGroups(T, 'mediation').map((g) => g.label)).toEqual(['调解文书', '通用文书']);
  });
  it('sends only the options the template knows, without blanks', () => {
    expect(optionsFor(notice, { addressee: 'applicant', other: 'x' })).toEqual({ addressee: 'applicant' });
    expect(optionsFor(notice, { addressee: '' })).toEqual({});
    expect(optionsFor(undefined, { addressee: 'applicant' })).toEqual({});
  });
});

describe('document rows', () => {
  it('labels versions and options', () => {
    expect(versionLabel(2)).toBe('v2');
    expect(optionsText(notice, { addressee: 'respondent' })).toBe('受通知人：被申请人');
    expect(optionsText(undefined, { volume: '副卷' })).toBe('volume：副卷');
    expect(optionsText(notice, {})).toBe('');
  });
  it('names the PDF after the case number and title', () => {
    expect(pdfFileName('示劳劳人仲案字〔2026〕第1号', '开庭 通知书')).toBe(
      '示劳劳人仲案字〔2026〕第1号-开庭_通知书.pdf',
    );
    expect(pdfFileName('a/b', 'c')).toBe('a_b-c.pdf');
  });
});

describe('missing facts', () => {
  it('points a missing option at its field here, anything else at its screen', () => {
    expect(missingTarget({ fact: '文书选项：受通知人', where: '#/documents' }, notice)).toEqual({
      kind: 'option',
      key: 'addressee',
    });
    expect(missingTarget({ fact: '文书选项：卷别', where: '#/documents' }, notice)).toEqual({
      kind: 'route',
      href: '#/documents',
    });
    expect(missingTarget({ fact: '仲裁委员会地址', where: '#/settings' }, notice)).toEqual({
      kind: 'route',
      href: '#/settings',
    });
  });
});

describe('where a fact is entered', () => {
  it('names the screen', () => {
    expect(whereLabel('#/cases/abc')).toBe('案件信息');
    expect(whereLabel('#/settings')).toBe('设置');
    expect(whereLabel('#/settings/committee')).toBe('设置 › 文书设置');
    expect(whereLabel('#/documents')).toBe('文书');
    expect(whereLabel('#/elsewhere')).toBe('#/elsewhere');
  });
});
