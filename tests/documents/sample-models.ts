// Sample document models for the rendering tests: a 决定书-like document long enough for two pages or more, and a
// short 受理通知书-like notice with an Arabic date built from the default wording.

import { formatCaseNumber } from '../../shared/documents/case-number';
import { amountText, heading, paragraph, text, type DocModel } from '../../shared/documents/model';
import { DEFAULT_WORDING, fillWording } from '../../shared/documents/wording';

export const SAMPLE_CASE_NO = formatCaseNumber('{简称}劳人仲案字〔{年}〕第{号}号', {
  shortName: '京朝',
  year: 2026,
  seq: 123,
});
export const SAMPLE_COMMITTEE = '北京市朝阳区劳动人事争议仲裁委员会';

const FACTS = [
  '申请人于2023年3月1日入职被申请人处，担任销售专员，双方签订了期限自2023年3月1日至2026年2月28日的书面劳动合同，约定月工资8,000.00元。',
  '2025年10月起，被申请人以经营困难为由未足额支付申请人工资，其中2025年10月实发4,000.00元，2025年11月、12月均未发放。申请人多次催要未果，遂于2026年1月5日以被申请人未及时足额支付劳动报酬为由提出解除劳动合同。',
  '申请人主张被申请人应支付拖欠工资、解除劳动合同经济补偿及未休年休假工资。被申请人辩称其已于2025年12月通知申请人停工待岗，停工期间仅应支付生活费，且申请人已休完当年年休假。',
  '本委审查了双方提交的劳动合同、工资支付记录、考勤记录及微信聊天记录等证据，并于2026年3月10日组织了开庭审理，双方均到庭参加仲裁活动。',
];

/** A 决定书-like document: letterhead with 案号, parties, numbered headings, a table, a long body, signature. */
export function decisionSample(): DocModel {
  const body: DocModel['blocks'] = [];
  for (let round = 0; round < 3; round += 1) for (const f of FACTS) body.push(paragraph(f));
  return {
    title: '决 定 书',
    letterhead: { committeeName: SAMPLE_COMMITTEE, caseNo: SAMPLE_CASE_NO },
    blocks: [
      {
        kind: 'party',
        party: {
          kind: 'worker',
          role: '申请人',
          name: '张三',
          gender: '男',
          birthDate: '1990-01-02',
          ethnicity: '汉族',
          idNumber: '11010119900102123X',
          address: '北京市朝阳区建国路88号院3号楼2单元501室',
        },
      },
      {
        kind: 'party',
        party: {
          kind: 'agent',
          name: '王五',
          description: '北京市某某律师事务所律师',
          authority: '特别授权',
        },
      },
      {
        kind: 'party',
        party: {
          kind: 'employer',
          role: '被申请人',
          name: '北京某某科技有限公司',
          creditCode: '91110105MA01ABCD2X',
          address: '北京市朝阳区望京街道阜通东大街6号',
          legalRepresentative: { name: '李四', title: '执行董事' },
        },
      },
      paragraph([
        text('申请人张三与被申请人北京某某科技有限公司劳动争议一案，本委于2026年1月20日立案受理。'),
        text('现已审理终结。', { bold: true }),
      ]),
      heading(1, '案件事实'),
      heading(2, '劳动关系情况'),
      ...body.slice(0, 4),
      heading(2, '工资支付情况'),
      {
        kind: 'table',
        header: ['月份', '应发工资', '实发工资', '差额'],
        columnWidths: [22, 26, 26, 26],
        rows: [
          [
            '2025年10月',
            amountText(800000, { uppercase: false }),
            amountText(400000, { uppercase: false }),
            amountText(400000, { uppercase: false }),
          ],
          ['2025年11月', '8,000.00元', '0.00元', '8,000.00元'],
          ['2025年12月', '8,000.00元', '0.00元', '8,000.00元'],
          [
            { text: '合计', bold: true, align: 'center' },
            '24,000.00元',
            '4,000.00元',
            { text: '20,000.00元', bold: true },
          ],
        ],
      },
      ...body.slice(4, 8),
      heading(1, '本委认为'),
      heading(3, '关于拖欠工资'),
      paragraph(
        `被申请人未提交证据证明其已依法安排申请人停工待岗，应支付拖欠的工资共计${amountText(2000000, { uppercase: true })}。`,
      ),
      heading(4, '关于经济补偿'),
      ...body.slice(8),
      heading(1, '决定如下'),
      paragraph([text('本决定书送达即发生法律效力。', { underline: true })]),
    ],
    signature: {
      lines: [
        { role: '首席仲裁员', name: '赵六' },
        { role: '仲裁员', name: '钱七' },
        { role: '仲裁员', name: '孙八' },
        { role: '书记员', name: '周九', position: 'afterDate' },
      ],
      date: '2026-11-25',
      dateStyle: 'chinese',
      seal: SAMPLE_COMMITTEE,
    },
    footerNote: '本件与原本核对无异',
  };
}

/** A short 受理通知书-like notice with an Arabic date, built from the default wording. */
export function noticeSample(): DocModel {
  const opening = DEFAULT_WORDING.find((w) => w.id === 'acceptance_opening');
  if (opening === undefined) throw new Error('acceptance_opening wording missing');
  return {
    title: '受理通知书',
    letterhead: { committeeName: SAMPLE_COMMITTEE, caseNo: SAMPLE_CASE_NO },
    blocks: [
      paragraph('张三：', { indentFirstLine: false }),
      paragraph(fillWording(opening.text, { 申请日期: '2026年1月15日' })),
      paragraph('请你（单位）在收到本通知书之日起十日内提交授权委托书等材料。'),
    ],
    signature: { lines: [], date: '2026-01-20', dateStyle: 'arabic', seal: SAMPLE_COMMITTEE },
  };
}
