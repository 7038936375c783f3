// 案卷封面 (reference §5.1 row 31; 办案规则 arts 21–24 [V-sec]): 案号, 类别, parties, 案由, the outcome (终局 or 非终局
// for awards), the arbitrators, the 书记员, the filing, closing and archiving dates, and the retention period
// (award ≥ 10 years, other ≥ 5 years). The page count is written in by hand when the file is bound, so it is left out.

import { arabicDate } from '../../format';
import { caseKindLabel } from '../../domain/reference-data';
import type { DocumentTemplate } from '../context';
import { paragraph } from '../model';
import { optionValue } from './claims';
import {
  caseNumber,
  clerkName,
  committeeName,
  needsOfficialNumber,
  reasonText,
  tribunalNames,
  tribunalText,
} from './facts';
import { formTable, type FormRow } from './form';
import { Needs } from './need';
import { closingOf, retentionText, tribunalRequired } from './outcome';
import { roleNames } from './parties';

const VOLUMES = ['正卷', '副卷'] as const;

export const fileCover: DocumentTemplate = {
  id: 'file_cover',
  title: '案卷封面',
  group: 'common',
  kinds: ['mediation', 'arbitration'],
  options: [
    {
      key: 'volume',
      label: '卷别',
      required: false,
      choices: VOLUMES.map((v) => ({ value: v, label: v })),
    },
  ],
  build(ctx) {
    const need = new Needs(ctx);
    const volume = optionValue(ctx, need, {
      key: 'volume',
      label: '卷别',
      allowed: VOLUMES,
      fallback: '正卷',
    });
    const caseNo = caseNumber(ctx, need, needsOfficialNumber(ctx));
    const committee = committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const closing = closingOf(ctx, need);
    const archivedOn = need.text(ctx.procedure.archivedOn, '归档日期（登记归档）');
    const arbitration = ctx.case.kind === 'arbitration';
    const tribunal = arbitration ? tribunalNames(ctx, need, !tribunalRequired(ctx)) : null;
    // 书记员 is the case's assigned clerk (reference §5.1 row 31); a mediation station may work without one, so
    // its cover leaves the row out rather than require it.
    const clerk = arbitration || ctx.assigned.clerkId !== null ? clerkName(ctx, need) : null;
    if (volume === null || closing === null || !need.ok) return need.fail();

    const markers = [ctx.procedure.isCollective ? '集体争议' : '', ctx.procedure.isSimple ? '简易处理' : '']
      .filter((m) => m !== '')
      .join('、');
    const accepted = ctx.procedure.acceptedOn;
    const rows: FormRow[] = [
      ['案号', caseNo],
      ['类别', `劳动人事争议${caseKindLabel(ctx.case.kind)}案件${markers === '' ? '' : `（${markers}）`}`],
      ['申请人', roleNames(ctx, 'applicant'), '被申请人', roleNames(ctx, 'respondent')],
      ['案由', reason],
      ['结案方式', closing.outcome],
      ...(arbitration
        ? ([['仲裁员', tribunal === null ? '未组庭' : tribunalText(tribunal)]] as FormRow[])
        : []),
      ...(clerk === null ? [] : ([['书记员', clerk]] as FormRow[])),
      [
        '收案日期',
        arabicDate(ctx.case.receivedDate),
        '受理日期',
        accepted === null ? '未受理' : arabicDate(accepted),
      ],
      ['结案日期', arabicDate(closing.closedOn), '归档日期', arabicDate(archivedOn)],
      ['保管期限', retentionText(closing.awarded)],
    ];
    return need.done({
      title: `劳动人事争议${arbitration ? '仲裁' : '调解'}案卷`,
      letterhead: { committeeName: committee, caseNo },
      blocks: [paragraph(`（${volume}）`, { align: 'center' }), formTable(rows)],
    });
  },
};
