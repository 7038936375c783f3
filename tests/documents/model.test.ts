import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountText,
  chineseCount,
  heading,
  headingLabels,
  paragraph,
  partyParagraphs,
  signatureDateText,
  signatureLineTexts,
  spreadRole,
  type DocModel,
} from '../../shared/documents/model';

describe('amountText', () => {
  it.each([
    [1234560, true, '12,345.60元（人民币壹万贰仟叁佰肆拾伍元陆角整）'],
    [1234560, false, '12,345.60元'],
    [28954652, true, '289,546.52元（人民币贰拾捌万玖仟伍佰肆拾陆元伍角贰分）'],
    [53200, true, '532.00元（人民币伍佰叁拾贰元整）'],
    [42503, true, '425.03元（人民币肆佰贰拾伍元零叁分）'],
    [0, true, '0.00元（人民币零元整）'],
  ])('%i fen, uppercase %s → %s', (fen, uppercase, expected) => {
    expect(amountText(fen, { uppercase })).toBe(expected);
  });

  it('refuses negative and fractional fen', () => {
    expect(() => amountText(-1, { uppercase: false })).toThrow(RangeError);
    expect(() => amountText(1.5, { uppercase: true })).toThrow(RangeError);
  });
});

describe('headings', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
  ])('chineseCount(%i) = %s', (n, s) => {
    expect(chineseCount(n)).toBe(s);
  });

  it('numbers per GB/T 9704 and restarts lower levels under a new higher heading', () => {
    const blocks: DocModel['blocks'] = [
      heading(1, '甲'),
      heading(2, '乙'),
      heading(3, '丙'),
      heading(4, '丁'),
      heading(4, '戊'),
      paragraph('正文'),
      heading(2, '己'),
      heading(3, '庚'),
      heading(1, '辛', false),
      heading(1, '壬'),
      heading(2, '癸'),
    ];
    expect([...headingLabels(blocks).values()]).toEqual([
      '一、甲',
      '（一）乙',
      '1.丙',
      '（1）丁',
      '（2）戊',
      '（二）己',
      '1.庚',
      '辛',
      '二、壬',
      '（一）癸',
    ]);
  });
});

describe('partyParagraphs', () => {
  it('writes a worker with the facts given, skipping the missing ones', () => {
    expect(
      partyParagraphs({
        kind: 'worker',
        role: '申请人',
        name: '张三',
        gender: '女',
        birthDate: '1990-01-02',
        address: '北京市',
      }),
    ).toEqual(['申请人：张三，女，1990年1月2日出生，住址：北京市。']);
    expect(partyParagraphs({ kind: 'worker', role: '申请人', name: '张三' })).toEqual(['申请人：张三。']);
  });

  it('writes an employer and its legal representative on separate lines', () => {
    expect(
      partyParagraphs({
        kind: 'employer',
        role: '被申请人',
        name: '某公司',
        creditCode: '91110105MA01ABCD2X',
        legalRepresentative: { name: '李四', title: '总经理' },
      }),
    ).toEqual(['被申请人：某公司，统一社会信用代码：91110105MA01ABCD2X。', '法定代表人：李四，总经理。']);
  });

  it('writes an agent with the authority', () => {
    expect(partyParagraphs({ kind: 'agent', name: '王五', authority: '一般授权' })).toEqual([
      '委托代理人：王五，一般授权。',
    ]);
  });
});

describe('signature', () => {
  it('writes the date in Chinese or Arabic numerals', () => {
    expect(signatureDateText({ date: '2026-11-25', dateStyle: 'chinese' })).toBe('二〇二六年十一月二十五日');
    expect(signatureDateText({ date: '2026-01-05', dateStyle: 'arabic' })).toBe('2026年1月5日');
  });

  it('spreads roles to a common width with full-width spaces', () => {
    expect(spreadRole('仲裁员', 5)).toBe('仲　裁　员');
    expect(spreadRole('书记员', 3)).toBe('书记员');
    expect(spreadRole('调解员', 6)).toBe('调　　解　员');
    expect(spreadRole('员', 3)).toBe('　　员');
    expect(
      signatureLineTexts([
        { role: '首席仲裁员', name: '赵六' },
        { role: '书记员', name: '周九' },
      ]),
    ).toEqual(['首席仲裁员　　赵六', '书　记　员　　周九']);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 12 }),
        (role, width) => {
          const spread = spreadRole(role, width);
          expect(Array.from(spread).length).toBe(Math.max(width, Array.from(role).length));
          expect(spread.replace(/\u3000/g, '')).toBe(role.replace(/\u3000/g, ''));
        },
      ),
    );
  });
});
