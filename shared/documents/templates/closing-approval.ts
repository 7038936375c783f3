// 结案审批表 (reference §5.1 row 28, internal, [M]): outcome type and dates, handler → approver. The outcome and the
// closing date come from the procedure (outcome, closedOn); for an award, 终局 / 非终局 from the arb.awarded event.
// The approver signs the form by hand after it is printed, so that cell carries the prompt for the approver.

import { arabicDate } from '../../format';
import type { DocumentTemplate } from '../context';
import {
  caseNumber,
  committeeName,
  handlerName,
  needsOfficialNumber,
  reasonText,
  tribunalNames,
  tribunalText,
} from './facts';
import { formTable, type FormRow } from './form';
import { Needs } from './need';
import { closingOf, durationText, tribunalRequired } from './outcome';
import { roleNames } from './parties';

export const closingApproval: DocumentTemplate = {
  id: 'closing_approval',
  title: '结案审批表',
  group: 'arbitration',
  kinds: ['arbitration'],
  build(ctx) {
    const need = new Needs(ctx);
    const caseNo = caseNumber(ctx, need, needsOfficialNumber(ctx));
    const committee = committeeName(ctx, need);
    const reason = reasonText(ctx, need);
    const closing = closingOf(ctx, need);
    const accepted = ctx.procedure.acceptedOn;
    const tribunal = tribunalNames(ctx, need, !tribunalRequired(ctx));
    const handler = handlerName(ctx, need, tribunal);
    if (closing === null || !need.ok) return need.fail();

    const rows: FormRow[] = [
      ['案号', caseNo, '案由', reason],
      ['申请人', roleNames(ctx, 'applicant'), '被申请人', roleNames(ctx, 'respondent')],
      [
        '收案日期',
        arabicDate(ctx.case.receivedDate),
        '受理日期',
        accepted === null ? '未受理' : arabicDate(accepted),
      ],
      ['仲裁庭组成人员', tribunal === null ? '未组庭' : tribunalText(tribunal)],
      ['结案方式', closing.outcome, '结案日期', arabicDate(closing.closedOn)],
      ...(accepted === null
        ? []
        : ([['审理期间', durationText(ctx, accepted, closing.closedOn)]] as FormRow[])),
      ['承办人意见', `拟以“${closing.outcome}”方式结案。\n承办人：${handler}`],
      ['负责人审批意见', '（由审批人签署意见、签名并注明日期）'],
    ];
    return need.done({
      title: '结案审批表',
      letterhead: { committeeName: committee, caseNo },
      blocks: [formTable(rows)],
    });
  },
};
